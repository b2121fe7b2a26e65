package com.brewline.store;

import com.brewline.model.BusinessDay;

import java.time.LocalDate;
import java.util.Optional;

/** Opening, pausing and closing the store's day. */
public interface BusinessDays {
    /** The latest day, whatever its state; empty on a new database. */
    Optional<BusinessDay> current();

    /** Opens a new day (pickup numbers restart at 1) or resumes a paused one. */
    BusinessDay open(LocalDate date, String actor);

    BusinessDay pause(String actor);

    /** @throws DayCloseRefusedException when orders are still open; nothing changes */
    BusinessDay close(String actor);
}
