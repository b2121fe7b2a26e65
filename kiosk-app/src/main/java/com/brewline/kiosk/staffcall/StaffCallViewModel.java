package com.brewline.kiosk.staffcall;

import com.brewline.kiosk.common.Background;
import com.brewline.kitchen.AlertKinds;
import com.brewline.store.BrewlineStore;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * "Call staff" (issue 11): a press raises a {@code STAFF_CALL} staff alert in the store, source the kiosk's id,
 * off the FX thread; the kiosk then says staff were called, and that someone acknowledged it once the alert is
 * resolved (staff at the station, in any process: followed through the change feed). Pressing again while a
 * call is open refreshes the same alert (the store counts it), it never makes a second one.
 */
public final class StaffCallViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StaffCallViewModel.class);
    /** How long "staff are on their way" stays on screen once acknowledged. */
    static final Duration ANSWER_SHOWN_FOR = Duration.ofSeconds(20);

    public enum State {
        /** Nothing to show. */
        IDLE,
        /** Writing the call to the store. */
        CALLING,
        /** The call is in the store; no one acknowledged it yet. */
        CALLED,
        /** Staff acknowledged the call (the alert was resolved). */
        ANSWERED,
        /** The call could not be recorded: the customer is told to ask at the counter. */
        FAILED
    }

    private final BrewlineStore store;
    private final Background background;
    private final String kioskId;
    private final Clock clock;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    private final AutoCloseable subscription;
    private long alertId = -1;
    private Instant answeredAt;
    private boolean looking;

    public StaffCallViewModel(BrewlineStore store, Background background, String kioskId, Clock clock) {
        this.store = store;
        this.background = background;
        this.kioskId = kioskId;
        this.clock = clock;
        this.subscription = store.changes().subscribe(() -> background.runOnUi(this::lookForAnswer));
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public State state() {
        return state.get();
    }

    /** The customer pressed the button (FX thread). @return false while a press is still being recorded */
    public boolean call() {
        if (state.get() == State.CALLING) {
            return false;
        }
        state.set(State.CALLING);
        background.run(() -> store.alerts().raise(kioskId, AlertKinds.STAFF_CALL,
                "customer at kiosk " + kioskId + " asks for staff"), id -> {
            alertId = id;
            answeredAt = null;
            state.set(State.CALLED);
            LOG.info("staff called from kiosk {} (alert {})", kioskId, id);
            lookForAnswer();
        }, error -> {
            LOG.error("could not record the staff call", error);
            state.set(State.FAILED);
        });
        return true;
    }

    /** After a commit anywhere: is our call still open? (FX thread; the read runs in the background) */
    private void lookForAnswer() {
        if (state.get() != State.CALLED || looking) {
            return;
        }
        long id = alertId;
        looking = true;
        background.run(() -> store.alerts().open().stream().noneMatch(a -> a.id() == id), resolved -> {
            looking = false;
            if (resolved && state.get() == State.CALLED && alertId == id) {
                answeredAt = clock.instant();
                state.set(State.ANSWERED);
                LOG.info("staff acknowledged the call of kiosk {}", kioskId);
            }
        }, error -> {
            looking = false;
            LOG.warn("could not read the staff alerts: {}", error.toString());
        });
    }

    /** The frame's timer: an acknowledged call's note goes away after a while (FX thread). */
    public void tick() {
        if (state.get() == State.ANSWERED && answeredAt != null
                && !clock.instant().isBefore(answeredAt.plus(ANSWER_SHOWN_FOR))) {
            state.set(State.IDLE);
        }
    }

    /**
     * The customer is gone: nothing more to show on this kiosk. An open call stays open in the store, for staff
     * to acknowledge.
     */
    public void clear() {
        if (state.get() != State.CALLING) {
            state.set(State.IDLE);
        }
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
