package com.brewline.sandbox.notify;

import java.util.List;

/** The sandbox's "sent messages" page: newest first, numbers masked, the text each phone shows. */
final class MessagesPage {

    private MessagesPage() {
    }

    static String render(List<SentMessage> messages) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">
                <title>보낸 메시지 · Sent messages</title><style>
                body{font-family:system-ui,sans-serif;margin:2rem;background:#f6f4f1;color:#222}
                table{border-collapse:collapse;width:100%}td,th{padding:.4rem .6rem;border-bottom:1px solid #ddd;text-align:left}
                .SMS{color:#8a4b00}.FAILED{color:#b00020;font-weight:bold}</style></head><body>
                <h1>보낸 메시지 · Sent messages</h1>""");
        html.append("<p>").append(messages.size()).append("건 · ").append(messages.size())
                .append(" message(s), the newest first. JSON: <code>GET /sandbox/messages</code> with the API key.</p>");
        html.append("<table><tr><th>시각 · Time</th><th>받는 사람 · To</th><th>템플릿 · Template</th>"
                + "<th>채널 · Channel</th><th>상태 · Status</th><th>내용 · Text</th><th>clientReference</th></tr>");
        for (SentMessage m : NotificationSandbox.newestFirst(messages)) {
            html.append("<tr><td>").append(escape(m.acceptedAt().substring(11, 19))).append("</td><td>").append(escape(m.recipient()))
                    .append("</td><td>").append(escape(m.templateCode())).append("</td><td class=\"")
                    .append(m.channel()).append("\">").append(m.channel()).append("</td><td class=\"")
                    .append(m.status()).append("\">").append(m.status()).append("</td><td>").append(escape(m.text()))
                    .append("</td><td>").append(escape(m.clientReference())).append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
