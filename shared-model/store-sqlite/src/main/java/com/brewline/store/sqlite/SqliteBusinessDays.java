package com.brewline.store.sqlite;

import com.brewline.model.BusinessDay;
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
 * The latest business day is the current one. Opening when the latest day is paused resumes it;
 * when it is already open, returns it unchanged; when it is closed (or there is none) starts a new
 * day with pickup numbers from 1. Two days may share a date (closed and opened again): the day's
 * report adds them up.
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
                BusinessDay.State.valueOf(rs.getString("state")), Times.read(rs, "opened_at"),
                Times.read(rs, "closed_at"));
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
            if (latest.isPresent()) {
                BusinessDay day = latest.get();
                if (day.state() == BusinessDay.State.OPEN) {
                    return day;
                }
                if (day.state() == BusinessDay.State.PAUSED) {
                    Sql.update(c, "UPDATE business_days SET state = 'OPEN', closed_at = NULL WHERE id = ?", day.id());
                    event(c, day.id(), day.state(), BusinessDay.State.OPEN, now, actor);
                    return byId(c, day.id());
                }
            }
            long id = Sql.insert(c, "INSERT INTO business_days (date, state, opened_at) VALUES (?, 'OPEN', ?)",
                    date.toString(), now);
            event(c, id, null, BusinessDay.State.OPEN, now, actor);
            return byId(c, id);
        });
    }

    @Override
    public BusinessDay pause(String actor) {
        return db.write("pause the business day", c -> {
            BusinessDay day = latest(c).orElseThrow(() -> new StoreException("There is no business day to pause"));
            if (day.state() == BusinessDay.State.PAUSED) {
                return day;
            }
            if (day.state() != BusinessDay.State.OPEN) {
                throw new StoreException("The business day of " + day.date() + " is " + day.state()
                        + " and cannot be paused");
            }
            Sql.update(c, "UPDATE business_days SET state = 'PAUSED' WHERE id = ?", day.id());
            event(c, day.id(), day.state(), BusinessDay.State.PAUSED, clock.instant(), actor);
            return byId(c, day.id());
        });
    }

    @Override
    public BusinessDay close(String actor) {
        return db.write("close the business day", c -> {
            BusinessDay day = latest(c).orElseThrow(() -> new StoreException("There is no business day to close"));
            if (day.state() == BusinessDay.State.CLOSED) {
                return day;
            }
            List<Order> open = OrderRows.query(c, "WHERE o.status IN " + Schema.openStatuses()
                    + " ORDER BY o.paid_at, o.id");
            if (!open.isEmpty()) {
                throw new DayCloseRefusedException(open);
            }
            Instant now = clock.instant();
            Sql.update(c, "UPDATE business_days SET state = 'CLOSED', closed_at = ? WHERE id = ?", now, day.id());
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
