package com.brewline.store.contract;

import com.brewline.model.ChosenOption;
import com.brewline.model.DiningOption;
import com.brewline.model.NewOrder;
import com.brewline.model.OrderLine;

import java.util.List;

/** Realistic orders for store tests (the store only needs lines with frozen prices). */
public final class Orders {
    private Orders() {
    }

    public static OrderLine americano(int quantity) {
        return new OrderLine("americano", "아메리카노", "Americano",
                List.of(new ChosenOption("temp", "iced", "아이스", "Iced", 0),
                        new ChosenOption("size", "large", "라지", "Large", 500)),
                quantity, 5000, 60);
    }

    public static OrderLine latte(int quantity) {
        return new OrderLine("cafe-latte", "카페라떼", "Caffè Latte", List.of(), quantity, 5000, 90);
    }

    /** One americano (5,000) and two lattes (10,000): 15,000 won. */
    public static NewOrder twoLines(String kioskId) {
        return new NewOrder(kioskId, DiningOption.TAKEOUT, List.of(americano(1), latte(2)));
    }
}
