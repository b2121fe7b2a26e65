package com.brewline.cli;

import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.CheckoutSession;
import com.brewline.payment.PaymentBusyException;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.payment.provider.ProviderCheckoutService;
import com.brewline.store.BrewlineStore;

import java.time.Clock;
import java.time.Duration;

/**
 * Pays exactly as the kiosk does: {@link ProviderCheckoutService} over the payment provider (the
 * sandbox's simulated customer approves). Declines, expiries and a busy provider are counted as
 * payments not taken.
 */
final class ProviderPayer implements KioskPayer {
    private final PaymentProviderClient client;
    private final ProviderCheckoutService checkout;
    private final String url;

    ProviderPayer(BrewlineStore store, String url, String secretKey, Duration pollInterval) {
        this.url = url;
        this.client = new PaymentProviderClient(ProviderSettings.of(url, secretKey),
                BreakerSettings.defaults().create("simulate"));
        this.checkout = new ProviderCheckoutService(store, client, Clock.systemUTC(), pollInterval,
                Duration.ofSeconds(30), () -> { });
    }

    @Override
    public Order placeAndPay(NewOrder order) {
        CheckoutResult result;
        try {
            CheckoutSession session = checkout.begin(order);
            result = checkout.await(session);
        } catch (PaymentBusyException e) {
            throw new PaymentNotTakenException(NotTaken.UNAVAILABLE, "busy: " + e.getMessage());
        }
        if (result instanceof CheckoutResult.Paid paid) {
            return paid.order();
        }
        if (result instanceof CheckoutResult.Busy busy) {
            throw new PaymentNotTakenException(NotTaken.UNAVAILABLE, "busy: " + busy.detail());
        }
        if (result instanceof CheckoutResult.Declined d && d.code().equals(CheckoutResult.REFUNDED_NOT_TAKING_ORDERS)) {
            throw new PaymentNotTakenException(NotTaken.FAILED, "refunded: " + d.providerMessage());
        }
        throw new PaymentNotTakenException(NotTaken.DECLINED, result instanceof CheckoutResult.Declined d
                ? "declined " + d.code() : result.getClass().getSimpleName());
    }

    /** The provider client, for the reconcile pass at the end of a simulation. */
    PaymentProviderClient client() {
        return client;
    }

    @Override
    public String describe() {
        return "payment provider at " + url;
    }

    @Override
    public void close() {
        client.close();
    }
}
