package dev.mlsec.assessor.slack;

/** Text a person typed, made safe to show again in a Slack message's text or mrkdwn. */
public final class SlackText {

    private SlackText() {
    }

    /**
     * Escapes {@code &}, {@code <} and {@code >}, as Slack asks: nothing typed can then become a mention,
     * a channel or group ping ({@code <!channel>}, {@code <@U…>}, {@code <!subteam^…>}), a channel link
     * or a link with a label of its own ({@code <https://…|…>}). Slack shows the escaped text as typed.
     */
    public static String escape(String typed) {
        return typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
