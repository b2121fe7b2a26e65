package com.brewline.notify;

import com.brewline.model.NotificationEvent;
import com.brewline.store.OutboxMessage;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Turns an outbox row into the contract's message: the template's variables (storeName, pickupNumber, and
 * waitMinutes or refundAmount) and the SMS fallback text from the resource bundle. Everything comes from
 * the row and the store's name, so every retry makes the same body.
 */
public final class MessageTexts {
    private final String storeName;
    private final ResourceBundle bundle;
    private final Locale locale;

    public MessageTexts(String storeName, Locale locale) {
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("com.brewline.notify.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public MessageRequest of(OutboxMessage m) {
        if (m.recipient() == null) {
            throw new IllegalArgumentException("message " + m.id() + " has no recipient any more");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("storeName", storeName);
        variables.put("pickupNumber", Integer.toString(m.pickupNumber()));
        String third = "";
        if (m.event() == NotificationEvent.PAID) {
            variables.put("waitMinutes", Integer.toString(m.waitMinutes()));
            third = Integer.toString(m.waitMinutes());
        } else if (m.event().tellsRefund()) {
            third = NumberFormat.getIntegerInstance(Locale.KOREA).format(m.refundAmount());
            variables.put("refundAmount", third);
        }
        String sms = new MessageFormat(bundle.getString("sms." + m.event().name()), locale)
                .format(new Object[]{storeName, Integer.toString(m.pickupNumber()), third});
        return new MessageRequest(m.event().templateCode(), m.recipient(), variables, sms, m.clientReference());
    }
}
