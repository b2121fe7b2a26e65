package com.brewline.sandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One payment in the sandbox's memory. Every method runs under the object's lock. */
final class SandboxPayment {
    private static final ZoneOffset KST = ZoneOffset.ofHours(9);

    record CancelEntry(long amount, String reason, Instant at, String transactionKey) {
    }

    final String paymentKey;
    final String orderId;
    final String orderName;
    final long totalAmount;
    final Instant requestedAt;
    final Instant expiresAt;
    private String status = "READY";
    private long balanceAmount;
    private Instant approvedAt;
    private String failureCode;
    private String failureMessage;
    /** Decided by the simulated customer: the card company refuses this one at confirm. */
    private boolean refuseAtConfirm;
    private final List<CancelEntry> cancels = new ArrayList<>();

    SandboxPayment(String paymentKey, String orderId, String orderName, long totalAmount, Instant requestedAt,
                   Instant expiresAt) {
        this.paymentKey = paymentKey;
        this.orderId = orderId;
        this.orderName = orderName;
        this.totalAmount = totalAmount;
        this.balanceAmount = totalAmount;
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
    }

    /** Sessions not confirmed in time expire; checked lazily on every access. */
    synchronized String status(Instant now) {
        if ((status.equals("READY") || status.equals("IN_PROGRESS")) && !now.isBefore(expiresAt)) {
            status = "EXPIRED";
        }
        return status;
    }

    synchronized boolean authorize(Instant now, boolean refuseAtConfirm) {
        if (!status(now).equals("READY")) {
            return false;
        }
        status = "IN_PROGRESS";
        this.refuseAtConfirm = refuseAtConfirm;
        return true;
    }

    synchronized boolean declineByCustomer(Instant now) {
        if (!status(now).equals("READY")) {
            return false;
        }
        abort("PAY_PROCESS_CANCELED", "고객이 결제를 취소했습니다 (customer declined)");
        return true;
    }

    /** @return the error code refusing the confirm, or null when it is now DONE */
    synchronized String confirm(Instant now, String orderId, long amount) {
        String s = status(now);
        if (!this.orderId.equals(orderId)) {
            return "INVALID_REQUEST";
        }
        if (s.equals("READY")) {
            return "NOT_AUTHORIZED_YET";
        }
        if (!s.equals("IN_PROGRESS")) {
            return "ALREADY_PROCESSED_PAYMENT";
        }
        if (amount != totalAmount) {
            return "INVALID_AMOUNT";
        }
        if (refuseAtConfirm) {
            abort("REJECT_CARD_COMPANY", "카드사에서 승인을 거절했습니다 (card company refused)");
            return "REJECT_CARD_COMPANY";
        }
        status = "DONE";
        approvedAt = now;
        return null;
    }

    /** @return the error code refusing the cancel, or null when it took effect */
    synchronized String cancel(Instant now, String reason, Long cancelAmount, Long refundableAmount, String transactionKey) {
        String s = status(now);
        if (s.equals("READY") || s.equals("IN_PROGRESS")) {
            abort("PAY_PROCESS_ABORTED", "가맹점이 결제를 중단했습니다 (aborted by the merchant: " + reason + ")");
            return null;
        }
        if (!s.equals("DONE") && !s.equals("PARTIAL_CANCELED")) {
            return "NOT_CANCELABLE_PAYMENT";
        }
        if (refundableAmount != null && refundableAmount != balanceAmount) {
            return "NOT_CANCELABLE_AMOUNT";
        }
        long amount = cancelAmount == null ? balanceAmount : cancelAmount;
        if (amount <= 0 || amount > balanceAmount) {
            return "NOT_CANCELABLE_AMOUNT";
        }
        balanceAmount -= amount;
        cancels.add(new CancelEntry(amount, reason, now, transactionKey));
        status = balanceAmount == 0 ? "CANCELED" : "PARTIAL_CANCELED";
        return null;
    }

    private void abort(String code, String message) {
        status = "ABORTED";
        failureCode = code;
        failureMessage = message;
    }

    synchronized Map<String, Object> toJson(Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paymentKey", paymentKey);
        m.put("orderId", orderId);
        m.put("orderName", orderName);
        m.put("status", status(now));
        m.put("totalAmount", totalAmount);
        m.put("balanceAmount", balanceAmount);
        m.put("requestedAt", time(requestedAt));
        m.put("approvedAt", time(approvedAt));
        m.put("method", "카드");
        List<Map<String, Object>> list = new ArrayList<>();
        for (CancelEntry c : cancels) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("cancelAmount", c.amount());
            e.put("cancelReason", c.reason());
            e.put("canceledAt", time(c.at()));
            e.put("transactionKey", c.transactionKey());
            list.add(e);
        }
        m.put("cancels", list);
        if (failureCode != null) {
            m.put("failure", Map.of("code", failureCode, "message", failureMessage));
        } else {
            m.put("failure", null);
        }
        return m;
    }

    synchronized SandboxPaymentView view(Instant now) {
        return new SandboxPaymentView(paymentKey, orderId, status(now), totalAmount, balanceAmount,
                cancels.stream().mapToLong(CancelEntry::amount).sum(), cancels.size());
    }

    static String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, KST));
    }
}
