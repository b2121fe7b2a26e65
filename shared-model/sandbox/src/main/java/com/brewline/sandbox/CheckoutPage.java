package com.brewline.sandbox;

/** The customer's approval page at {@code checkoutUrl}: what the QR code opens on a phone. */
final class CheckoutPage {
    private CheckoutPage() {
    }

    static String render(String paymentKey, String orderName, long amount, String status, String notice) {
        boolean open = status.equals("READY");
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Brewline Sandbox Pay</title><style>")
                .append("body{font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}")
                .append("button{font-size:1.3rem;padding:.8rem 1.6rem;margin:.4rem;border-radius:.5rem;border:0}")
                .append(".approve{background:#1b6e3a;color:#fff}.decline{background:#8a1c1c;color:#fff}")
                .append("</style></head><body><h1>샌드박스 결제 · Sandbox payment</h1>")
                .append("<p><strong>").append(escape(orderName)).append("</strong></p>")
                .append("<p>결제 금액 · Amount: <strong>").append(String.format("%,d", amount)).append("원</strong></p>")
                .append("<p>상태 · Status: <strong id=\"status\">").append(escape(status)).append("</strong></p>");
        if (notice != null) {
            html.append("<p id=\"notice\">").append(escape(notice)).append("</p>");
        }
        if (open) {
            String base = "/checkout/" + escape(paymentKey);
            html.append("<form method=\"post\" action=\"").append(base).append("/approve\" style=\"display:inline\">")
                    .append("<button class=\"approve\" type=\"submit\">승인 · Approve</button></form>")
                    .append("<form method=\"post\" action=\"").append(base).append("/decline\" style=\"display:inline\">")
                    .append("<button class=\"decline\" type=\"submit\">거절 · Decline</button></form>");
        } else {
            html.append("<p>키오스크 화면을 확인하세요 · Please look at the kiosk.</p>");
        }
        return html.append("</body></html>").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
