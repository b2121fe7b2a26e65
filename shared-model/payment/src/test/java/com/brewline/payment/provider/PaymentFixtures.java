package com.brewline.payment.provider;

import com.brewline.model.ChosenOption;
import com.brewline.model.DiningOption;
import com.brewline.model.NewOrder;
import com.brewline.model.OrderLine;
import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Real orders, a real store with its day open, and a read-only look at the rows for invariants. */
final class PaymentFixtures {
    static final String SECRET = "test_sk_brewline_sandbox";

    private PaymentFixtures() {
    }

    static BrewlineStore openStoreWithDayOpen(Path db) {
        BrewlineStore store = SqliteStore.open(db, Clock.systemUTC());
        if (store.days().current().map(d -> !d.state().name().equals("OPEN")).orElse(true)) {
            store.days().open(LocalDate.now(), "test");
        }
        return store;
    }

    /** Totals vary with {@code i} (4,500 to 13,000 won) so a mixed-up amount shows. */
    static NewOrder order(String kioskId, int i) {
        OrderLine americano = new OrderLine("americano", "아메리카노", "Americano",
                List.of(new ChosenOption("size", "large", "라지", "Large", 500)), 1 + i % 2, 4000, 60);
        OrderLine latte = new OrderLine("cafe-latte", "카페라떼", "Caffè Latte", List.of(), 1, 5000, 90);
        return new NewOrder(kioskId, DiningOption.TAKEOUT, i % 3 == 0 ? List.of(americano) : List.of(americano, latte));
    }

    record OrderRow(long id, String paymentOrderId, String status, long total, boolean paid) {
    }

    static List<OrderRow> orders(Path db) throws SQLException {
        List<OrderRow> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, payment_order_id, status, total, paid_at FROM orders")) {
            while (r.next()) {
                r.getLong(5);
                boolean paid = !r.wasNull();
                rows.add(new OrderRow(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), paid));
            }
        }
        return rows;
    }

    /** Sum of refunds in a state (PENDING or DONE). */
    static long refunds(Path db, String status) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(sum(amount), 0) FROM refunds WHERE status = '" + status + "'")) {
            return r.getLong(1);
        }
    }
}
