package com.brewline.kiosk.phone;

import com.brewline.model.NewOrder;
import com.brewline.model.PhoneNumber;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.CheckoutService;
import com.brewline.payment.CheckoutSession;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The kiosk's checkout with the phone number the customer left at the cart (with consent): it travels
 * with the order into the store, which keeps it until the day's close and queues the messages.
 */
public final class TellingCheckout implements CheckoutService {
    private final CheckoutService delegate;
    private final Supplier<Optional<PhoneNumber>> phone;

    /** @param phone the number the customer left for this order, if any (read when the order is written) */
    public TellingCheckout(CheckoutService delegate, Supplier<Optional<PhoneNumber>> phone) {
        this.delegate = delegate;
        this.phone = phone;
    }

    @Override
    public CheckoutSession begin(NewOrder order) {
        Optional<PhoneNumber> left = order.phone() != null ? Optional.empty() : phone.get();
        return delegate.begin(left.map(order::withPhone).orElse(order));
    }

    @Override
    public CheckoutResult await(CheckoutSession session) {
        return delegate.await(session);
    }

    @Override
    public void cancel(CheckoutSession session) {
        delegate.cancel(session);
    }

    @Override
    public boolean isBusy() {
        return delegate.isBusy();
    }
}
