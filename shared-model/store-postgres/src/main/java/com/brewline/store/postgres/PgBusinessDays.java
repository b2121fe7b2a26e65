package com.brewline.store.postgres;

import com.brewline.store.jdbc.Statements;
import com.brewline.model.BusinessDay;
import com.brewline.model.DayTransitions;
import com.brewline.model.IllegalDayTransitionException;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.store.BusinessDays;
import com.brewline.store.DayCloseRefusedException;
import com.brewline.store.StoreException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest business day is the current one; what each request does is decided by the domain's
 * {@link DayTransitions}, this class only writes it. Every change locks the latest
 * day's row first ({@code FOR NO KEY UPDATE}), so opening, closing and handing out pickup numbers
 * (markPaid locks it too) happen one after another, never interleaved.
 */
final class PgBusinessDays implements BusinessDays {
    private static final String COLUMNS = "SELECT id, date, state, opened_at, closed_at FROM business_days ";

    private final PgDatabase db;
    private final Clock clock;

    PgBusinessDays(PgDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    static Optional<BusinessDay> latest(Connection c) throws SQLException {
        return PgSql.first(c, COLUMNS + "ORDER BY id DESC LIMIT 1", PgBusinessDays::row);
    }

    /** The latest day with its row locked until the transaction ends. */
    static Optional<BusinessDay> lockLatest(Connection c) throws SQLException {
        return PgSql.first(c, COLUMNS + "ORDER BY id DESC LIMIT 1 FOR NO KEY UPDATE", PgBusinessDays::row);
    }

    private static BusinessDay row(ResultSet rs) throws SQLException {
        return new BusinessDay(rs.getLong("id"), rs.getObject("date", LocalDate.class),
                BusinessDay.State.valueOf(rs.getString("state")), Statements.time(rs, "opened_at"),
                Statements.time(rs, "closed_at"));
    }

    private static BusinessDay byId(Connection c, long id) throws SQLException {
        return PgSql.first(c, COLUMNS + "WHERE id = ?", PgBusinessDays::row, id).orElseThrow();
    }

    @Override
    public Optional<BusinessDay> current() {
        return db.read("read the business day", PgBusinessDays::latest);
    }

    @Override
    public BusinessDay open(LocalDate date, String actor) {
        Objects.requireNonNull(date, "date");
        return db.write("open the business day", c -> {
            Instant now = clock.instant();
            Optional<BusinessDay> latest = lockLatest(c);
            return switch (DayTransitions.open(latest)) {
                case NONE -> latest.orElseThrow();
                case RESUME -> {
                    BusinessDay day = latest.orElseThrow();
                    setState(c, day.id(), BusinessDay.State.OPEN, null);
                    event(c, day.id(), day.state(), BusinessDay.State.OPEN, now, actor);
                    yield byId(c, day.id());
                }
                default -> {
                    long id = PgSql.insert(c, "INSERT INTO business_days (date, state, opened_at) VALUES (?, ?, ?) "
                            + "RETURNING id", date, BusinessDay.State.OPEN, now);
                    event(c, id, latest.map(BusinessDay::state).orElse(null), BusinessDay.State.OPEN, now, actor);
                    yield byId(c, id);
                }
            };
        });
    }

    @Override
    public BusinessDay pause(String actor) {
        return db.write("pause the business day", c -> {
            Optional<BusinessDay> latest = lockLatest(c);
            if (decide(() -> DayTransitions.pause(latest)) == DayTransitions.Change.NONE) {
                return latest.orElseThrow();
            }
            BusinessDay day = latest.orElseThrow();
            setState(c, day.id(), BusinessDay.State.PAUSED, day.closedAt());
            event(c, day.id(), day.state(), BusinessDay.State.PAUSED, clock.instant(), actor);
            return byId(c, day.id());
        });
    }

    @Override
    public BusinessDay close(String actor) {
        return db.write("close the business day", c -> {
            Optional<BusinessDay> latest = lockLatest(c);
            if (decide(() -> DayTransitions.close(latest)) == DayTransitions.Change.NONE) {
                return latest.orElseThrow();
            }
            BusinessDay day = latest.orElseThrow();
            List<Order> open = PgOrderRows.query(c, "WHERE o.status = ANY(?) ORDER BY o.paid_seq, o.id",
                    PgOrderRows.statuses(c, Arrays.stream(OrderStatus.values()).filter(OrderStatus::isOpen).toList()));
            if (!open.isEmpty()) {
                throw new DayCloseRefusedException(open);
            }
            Instant now = clock.instant();
            setState(c, day.id(), BusinessDay.State.CLOSED, now);
            PgNotificationOutbox.forgetPhonesAtClose(c);
            event(c, day.id(), day.state(), BusinessDay.State.CLOSED, now, actor);
            return byId(c, day.id());
        });
    }

    /** The domain's refusal (no day, a closed day paused) as the store's kind of failure. */
    private static DayTransitions.Change decide(java.util.function.Supplier<DayTransitions.Change> rule) {
        try {
            return rule.get();
        } catch (IllegalDayTransitionException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private static void setState(Connection c, long dayId, BusinessDay.State state, Instant closedAt) throws SQLException {
        PgSql.update(c, "UPDATE business_days SET state = ?, closed_at = ? WHERE id = ?", state, closedAt, dayId);
    }

    private static void event(Connection c, long dayId, BusinessDay.State from, BusinessDay.State to, Instant at,
                              String actor) throws SQLException {
        PgSql.update(c, "INSERT INTO day_events (day_id, from_state, to_state, at, actor) VALUES (?, ?, ?, ?, ?)",
                dayId, from, to, at, Objects.requireNonNullElse(actor, "unknown"));
    }
}
