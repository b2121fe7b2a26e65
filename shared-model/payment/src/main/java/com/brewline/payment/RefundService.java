package com.brewline.payment;

import com.brewline.model.Order;
import com.brewline.store.Refund;

import java.util.List;

/** Cancels and rejections with their refunds: recorded first, sent with one key, retried until done. */
public interface RefundService {
    /** The customer cancels a paid order the barista has not started; refunded in full. */
    Order cancelByCustomer(long orderId, String actor);

    /** The barista rejects an order (paid or in preparation) with a reason; refunded in full. */
    Order reject(long orderId, String reason, String actor);

    /** Sends every refund still due; safe to call from several processes and as often as wanted. */
    void processDue();

    /** Refunds that keep failing, for staff to see. */
    List<Refund> failing();
}
