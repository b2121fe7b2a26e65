package com.brewline.model;

import java.time.Instant;
import java.util.List;

/** The pickup board's read model: numbers preparing (paid or started) and ready, oldest first. */
public record PickupBoard(List<Integer> preparing, List<ReadyNumber> ready) {
    public PickupBoard {
        preparing = List.copyOf(preparing);
        ready = List.copyOf(ready);
    }

    public record ReadyNumber(int pickupNumber, Instant readyAt) {
    }
}
