package com.brewline.store.sqlite;

import com.brewline.store.jdbc.Statements;
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

/**
 * The latest business day is the current one; what each request does is decided by the domain's
 * {@link DayTransitions} (resume a paused day, start a new one after a close, ...), this class only
 * writes it. Two days may share a date (closed and opened again): the day's report adds them up.
 */
final class SqliteBusinessDays implements BusinessDays {
    private final SqliteDatabase db;
    private final Clock clock;

    SqliteBusinessDays(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    static Optional<BusinessDay> latest(Connection c) throws SQLException {
        return Sql.first(c, "SELECT id, date, state, opened_at, closed_at FROM business_days ORDER BY id DESC LIMIT 1",
                SqliteBusinessDays::row);
    }

    private static BusinessDay row(ResultSet rs) throws SQLException {
        return new BusinessDay(rs.getLong("id"), LocalDate.parse(rs.getString("date")),
                BusinessDay.State.valueOf(rs.getString("state")), Statements.time(rs, "opened_at"),
                Statements.time(rs, "closed_at"));
    }

    private static BusinessDay byId(Connection c, long id) throws SQLException {
        return Sql.first(c, "SELECT id, date, state, opened_at, closed_at FROM business_days WHERE id = ?",
                SqliteBusinessDays::row, id).orElseThrow();
    }

    @Override
    public Optional<BusinessDay> current() {
        return db.read("read the business day", SqliteBusinessDays::latest);
    }

    @Override
    public BusinessDay open(LocalDate date, String actor) {
        Objects.requireNonNull(date, "date");
        return db.write("open the business day", c -> {
            Instant now = clock.instant();
            Optional<BusinessDay> latest = latest(c);
            return switch (DayTransitions.open(latest)) {
                case NONE -> latest.orElseThrow();
                case RESUME -> {
                    BusinessDay day = latest.orElseThrow();
                    Sql.update(c, "UPDATE business_days SET state = ?, closed_at = NULL WHERE id = ?", BusinessDay.State.OPEN,
                            day.id());
                    event(c, day.id(), day.state(), BusinessDay.State.OPEN, now, actor);
                    yield byId(c, day.id());
                }
                default -> {
                    long id = Sql.insert(c, "INSERT INTO business_days (date, state, opened_at) VALUES (?, ?, ?)",
                            date.toString(), BusinessDay.State.OPEN, now);
                    event(c, id, latest.map(BusinessDay::state).orElse(null), BusinessDay.State.OPEN, now, actor);
                    yield byId(c, id);
                }
            };
        });
    }

    @Override
    public BusinessDay pause(String actor) {
        return db.write("pause the business day", c -> {
            Optional<BusinessDay> latest = latest(c);
            BusinessDay day;
            try {
                if (DayTransitions.pause(latest) == DayTransitions.Change.NONE) {
                    return latest.orElseThrow();
                }
                day = latest.orElseThrow();
            } catch (IllegalDayTransitionException e) {
                throw new StoreException(e.getMessage(), e);
            }
            Sql.update(c, "UPDATE business_days SET state = ? WHERE id = ?", BusinessDay.State.PAUSED, day.id());
            event(c, day.id(), day.state(), BusinessDay.State.PAUSED, clock.instant(), actor);
            return byId(c, day.id());
        });
    }

    @Override
    public BusinessDay close(String actor) {
        return db.write("close the business day", c -> {
            Optional<BusinessDay> latest = latest(c);
            try {
                if (DayTransitions.close(latest) == DayTransitions.Change.NONE) {
                    return latest.orElseThrow();
                }
            } catch (IllegalDayTransitionException e) {
                throw new StoreException(e.getMessage(), e);
            }
            BusinessDay day = latest.orElseThrow();
            List<Order> open = OrderRows.query(c, "WHERE o.status IN " + Schema.openStatuses()
                    + " ORDER BY o.paid_seq, o.id");
            if (!open.isEmpty()) {
                throw new DayCloseRefusedException(open);
            }
            Instant now = clock.instant();
            Sql.update(c, "UPDATE business_days SET state = ?, closed_at = ? WHERE id = ?", BusinessDay.State.CLOSED, now,
                    day.id());
            SqliteNotificationOutbox.forgetPhonesAtClose(c);
            event(c, day.id(), day.state(), BusinessDay.State.CLOSED, now, actor);
            return byId(c, day.id());
        });
    }

    private static void event(Connection c, long dayId, BusinessDay.State from, BusinessDay.State to, Instant at,
                              String actor) throws SQLException {
        Sql.update(c, "INSERT INTO day_events (day_id, from_state, to_state, at, actor) VALUES (?, ?, ?, ?, ?)",
                dayId, from, to, at, Objects.requireNonNullElse(actor, "unknown"));
    }
}
