package com.brewline.kiosk.pay;

import java.util.Set;

/**
 * What the customer reads when a payment did not go through, per provider code: the codes of
 * {@code payment-provider-api.md}, the card companies' usual refusals, and the ones our own
 * settlement gives (an aborted or cancelled session, an amount that did not match, a closed day).
 * A code not listed here gets the general message, never a guess at what the customer did.
 */
public final class DeclineReasons {
    /** Codes with a message of their own in the bundles ({@code decline.<CODE>}). */
    public static final Set<String> KNOWN = Set.of(
            // card company refusals (the failure code of an ABORTED payment)
            "REJECT_CARD_COMPANY", "REJECT_CARD_PAYMENT", "INVALID_CARD_EXPIRATION", "INVALID_STOPPED_CARD",
            "EXCEED_MAX_DAILY_PAYMENT_COUNT", "NOT_ENOUGH_BALANCE",
            // the payment page: stopped there (the customer, a timeout on the phone, the provider)
            "PAY_PROCESS_CANCELED", "PAY_PROCESS_ABORTED", "USER_CANCEL", "ABORTED",
            // the contract's business declines
            "INVALID_REQUEST", "INVALID_AMOUNT", "ALREADY_PROCESSED_PAYMENT", "DUPLICATED_ORDER_ID",
            "NOT_FOUND_PAYMENT", "NOT_CANCELABLE_PAYMENT", "UNAUTHORIZED_KEY",
            // our settlement's own outcomes
            "CANCELED", "PARTIAL_CANCELED", "PAYMENT_FAILED", "AMOUNT_MISMATCH", "ORDER_CLOSED");

    private DeclineReasons() {
    }

    /** The bundle key of the message for {@code code}. */
    public static String key(String code) {
        return "decline." + (code != null && KNOWN.contains(code) ? code : "OTHER");
    }
}
