package com.brewline.cli;

import com.brewline.model.NotificationEvent;
import com.brewline.model.OrderEvent;
import com.brewline.notify.MessageStatus;
import com.brewline.notify.NotificationClient;
import com.brewline.notify.NotifySettings;
import com.brewline.store.BrewlineStore;
import com.brewline.store.OutboxMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The end of a simulate run with {@code --notify-url}: waits until the outbox has sent everything, then
 * checks every order placed that carries a phone number: one outbox row per event it went through, each
 * sent, and exactly one message per row in the provider's own list ({@code GET /sandbox/messages}; a
 * provider without that list is asked per clientReference, which cannot count duplicates: said so).
 */
final class NotificationCheck {
    private final BrewlineStore store;
    private final NotifySettings settings;
    private final PrintWriter out;

    NotificationCheck(BrewlineStore store, NotifySettings settings, PrintWriter out) {
        this.store = store;
        this.settings = settings;
        this.out = out;
    }

    List<String> run(Collection<Long> placedOrderIds, long deadlineMillis) throws InterruptedException {
        List<String> problems = new ArrayList<>();
        long waitStart = System.currentTimeMillis();
        long pending;
        while ((pending = store.notifications().pendingCount()) > 0 && System.currentTimeMillis() < deadlineMillis) {
            Thread.sleep(200);
        }
        if (pending > 0) {
            problems.add(pending + " message(s) still unsent at the time-out");
        }
        out.printf("Outbox drained %.1f s after the last order was picked up%n", (System.currentTimeMillis() - waitStart) / 1000.0);

        Map<String, OutboxMessage> expected = new HashMap<>();
        int withPhone = 0;
        for (long id : placedOrderIds) {
            List<OutboxMessage> rows = store.notifications().ofOrder(id);
            if (rows.isEmpty() && store.notifications().maskedPhone(id).isEmpty()) {
                continue;
            }
            withPhone++;
            Set<NotificationEvent> events = EnumSet.noneOf(NotificationEvent.class);
            for (OrderEvent e : store.orders().history(id)) {
                NotificationEvent.on(e.to()).ifPresent(events::add);
            }
            Set<NotificationEvent> queued = EnumSet.noneOf(NotificationEvent.class);
            for (OutboxMessage m : rows) {
                queued.add(m.event());
                expected.put(m.clientReference(), m);
                if (m.status() != OutboxMessage.Status.SENT) {
                    problems.add("message " + m.clientReference() + " is " + m.status() + ": " + m.lastError());
                }
            }
            if (!queued.equals(events)) {
                problems.add("order " + id + " went through " + events + " but the outbox holds " + queued);
            }
        }
        Optional<Map<String, Integer>> list = providerList();
        if (list.isPresent()) {
            for (String reference : expected.keySet()) {
                int count = list.get().getOrDefault(reference, 0);
                if (count != 1) {
                    problems.add("the provider's list holds " + count + " message(s) for " + reference);
                }
            }
            out.printf("Messages: %d order(s) of %d left a phone number; %d message(s) expected, %d found in the "
                            + "provider's list (%d sent in all), exactly one each: %s%n", withPhone, placedOrderIds.size(),
                    expected.size(), expected.keySet().stream().filter(list.get()::containsKey).count(),
                    list.get().values().stream().mapToInt(Integer::intValue).sum(),
                    problems.isEmpty() ? "yes" : "NO");
        } else {
            try (NotificationClient client = new NotificationClient(settings)) {
                for (String reference : expected.keySet()) {
                    try {
                        Optional<MessageStatus> found = client.lookupByClientReference(reference);
                        if (found.isEmpty()) {
                            problems.add("the provider knows no message " + reference);
                        }
                    } catch (IOException e) {
                        problems.add("cannot look up " + reference + ": " + e.getMessage());
                    }
                }
            }
            out.printf("Messages: %d expected, each found by its clientReference (this provider has no list: "
                    + "duplicates cannot be counted)%n", expected.size());
        }
        out.flush();
        return problems;
    }

    /** clientReference → messages accepted, from the sandbox's list; empty when the provider has none. */
    private Optional<Map<String, Integer>> providerList() {
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();
        HttpUrl url = HttpUrl.get(settings.baseUrl()).newBuilder().addPathSegment("sandbox").addPathSegment("messages").build();
        Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + settings.apiKey()).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                return Optional.empty();
            }
            JsonNode list = new ObjectMapper().readTree(response.body().byteStream());
            if (list == null || !list.isArray()) {
                return Optional.empty();
            }
            Map<String, Integer> counts = new HashMap<>();
            for (JsonNode m : list) {
                counts.merge(m.path("clientReference").asText(""), 1, Integer::sum);
            }
            return Optional.of(counts);
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
