package com.brewline.barista.station.work;

import com.brewline.store.BrewlineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The masked number (010-****-5678) of each ticket's customer who left one for text messages (issue 14), as the
 * store masks it: this screen never holds the whole number, and nothing here logs one. A number is kept from the
 * kiosk's pending order until the day's close, so each order is looked up once. A store that fails to answer costs the
 * tickets their numbers for that reading (logged once per run of failures), never the tickets. Database thread only.
 */
public final class MaskedPhones {
    private static final Logger log = LoggerFactory.getLogger(MaskedPhones.class);
    private final BrewlineStore store;
    private final Map<Long, Optional<String>> known = new HashMap<>();
    private boolean failing;

    public MaskedPhones(BrewlineStore store) {
        this.store = store;
    }

    /** The tickets with their customers' masked numbers. */
    public List<Ticket> withPhones(List<Ticket> tickets) {
        Map<Long, Optional<String>> now = new HashMap<>();
        try {
            List<Ticket> result = tickets.stream().map(t -> {
                Optional<String> masked = known.containsKey(t.orderId()) ? known.get(t.orderId())
                        : store.notifications().maskedPhone(t.orderId());
                now.put(t.orderId(), masked);
                return masked.map(t::withPhone).orElse(t);
            }).toList();
            known.clear(); // only the tickets on the queue: the cache never grows past it
            known.putAll(now);
            if (failing) {
                log.info("customers' phone numbers read again");
                failing = false;
            }
            return result;
        } catch (RuntimeException e) { // the tickets matter more than their numbers: shown without, tried again next time
            if (!failing) {
                log.warn("reading the customers' masked phone numbers failed: tickets show none until it works", e);
                failing = true;
            }
            return tickets;
        }
    }
}
