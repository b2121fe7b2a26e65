package com.brewline.store.jdbc;

import com.brewline.model.BusinessDay;
import com.brewline.model.DayTransitions;
import com.brewline.model.IllegalDayTransitionException;
import com.brewline.model.Order;
import com.brewline.store.BusinessDays;
import com.brewline.store.DayCloseRefusedException;
import com.brewline.store.StoreException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The latest business day is the current one; what each request does is decided by the domain's
 * {@link DayTransitions} (resume a paused day, start a new one after a close, ...), this class only writes it.
 * Every change first reads the latest day the engine's way ({@link #latestForChange}): PostgreSQL locks its row
 * ({@code FOR NO KEY UPDATE}, as {@code markPaid} does), SQLite's BEGIN IMMEDIATE already holds the write lock; so
 * opening, closing and handing out pickup numbers happen one after another, never interleaved. Two days may share a
 * date (closed and opened again): the day's report adds them up.
 */
public final class JdbcBusinessDays implements BusinessDays {
    private static final String LATEST = "SELECT id, date, state, opened_at, closed_at FROM business_days "
            + "ORDER BY id DESC LIMIT 1";

    private final Transactions db;
    private final Statements sql;
    private final OrderRows orders;
    private final Clock clock;
    private final String latestForChange;

    /** @param lockLatest what the engine appends to the read of the latest day that a change starts with */
    public JdbcBusinessDays(Transactions db, Statements sql, OrderRows orders, Clock clock, String lockLatest) {
        this.db = db;
        this.sql = sql;
        this.orders = orders;
        this.clock = clock;
        this.latestForChange = LATEST + lockLatest;
    }

    /** The latest day as this transaction sees it, no lock taken. */
    public static Optional<BusinessDay> latest(Statements sql, Connection c) throws SQLException {
        return latest(sql, c, "");
    }

    /** The latest day, read with the engine's {@code lock} (PostgreSQL: its row locked until the transaction ends). */
    public static Optional<BusinessDay> latest(Statements sql, Connection c, String lock) throws SQLException {
        return sql.first(c, LATEST + lock, JdbcBusinessDays::row);
    }

    private static BusinessDay row(ResultSet rs) throws SQLException {
        return new BusinessDay(rs.getLong("id"), LocalDate.parse(rs.getString("date")),
                BusinessDay.State.valueOf(rs.getString("state")), Statements.time(rs, "opened_at"),
                Statements.time(rs, "closed_at"));
    }

    private BusinessDay byId(Connection c, long id) throws SQLException {
        return sql.first(c, "SELECT id, date, state, opened_at, closed_at FROM business_days WHERE id = ?",
                JdbcBusinessDays::row, id).orElseThrow();
    }

    @Override
    public Optional<BusinessDay> current() {
        return db.read("read the business day", c -> latest(sql, c));
    }

    @Override
    public BusinessDay open(LocalDate date, String actor) {
        Objects.requireNonNull(date, "date");
        return db.write("open the business day", c -> {
            Instant now = clock.instant();
            Optional<BusinessDay> latest = sql.first(c, latestForChange, JdbcBusinessDays::row);
            return switch (DayTransitions.open(latest)) {
                case NONE -> latest.orElseThrow();
                case RESUME -> {
                    BusinessDay day = latest.orElseThrow();
                    setState(c, day.id(), BusinessDay.State.OPEN, null);
                    event(c, day.id(), day.state(), BusinessDay.State.OPEN, now, actor);
                    yield byId(c, day.id());
                }
                default -> {
                    long id = sql.insert(c, "INSERT INTO business_days (date, state, opened_at) VALUES (?, ?, ?)",
                            date, BusinessDay.State.OPEN, now);
                    event(c, id, latest.map(BusinessDay::state).orElse(null), BusinessDay.State.OPEN, now, actor);
                    yield byId(c, id);
                }
            };
        });
    }

    @Override
    public BusinessDay pause(String actor) {
        return db.write("pause the business day", c -> {
            Optional<BusinessDay> latest = sql.first(c, latestForChange, JdbcBusinessDays::row);
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
            Optional<BusinessDay> latest = sql.first(c, latestForChange, JdbcBusinessDays::row);
            if (decide(() -> DayTransitions.close(latest)) == DayTransitions.Change.NONE) {
                return latest.orElseThrow();
            }
            BusinessDay day = latest.orElseThrow();
            List<Order> open = orders.query(c, "WHERE o.status IN " + Statuses.OPEN + " ORDER BY o.paid_seq, o.id");
            if (!open.isEmpty()) {
                throw new DayCloseRefusedException(open);
            }
            Instant now = clock.instant();
            setState(c, day.id(), BusinessDay.State.CLOSED, now);
            JdbcNotificationOutbox.forgetPhonesAtClose(sql, c);
            event(c, day.id(), day.state(), BusinessDay.State.CLOSED, now, actor);
            return byId(c, day.id());
        });
    }

    /** The domain's refusal (no day, a closed day paused) as the store's kind of failure. */
    private static DayTransitions.Change decide(Supplier<DayTransitions.Change> rule) {
        try {
            return rule.get();
        } catch (IllegalDayTransitionException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private void setState(Connection c, long dayId, BusinessDay.State state, Instant closedAt) throws SQLException {
        sql.update(c, "UPDATE business_days SET state = ?, closed_at = ? WHERE id = ?", state, closedAt, dayId);
    }

    private void event(Connection c, long dayId, BusinessDay.State from, BusinessDay.State to, Instant at,
                       String actor) throws SQLException {
        sql.update(c, "INSERT INTO day_events (day_id, from_state, to_state, at, actor) VALUES (?, ?, ?, ?, ?)",
                dayId, from, to, at, Objects.requireNonNullElse(actor, "unknown"));
    }
}
