package com.brewline.store;

import com.brewline.model.OrderStatusView;
import com.brewline.model.PickupBoard;

import java.util.Optional;

/** What customers see, read from the order history and kept apart from the barista's work. */
public interface ReadModel {
    PickupBoard pickupBoard();

    /** Status of the current day's order with this pickup number (the most recent one if reused). */
    Optional<OrderStatusView> statusByPickupNumber(int pickupNumber);
}
