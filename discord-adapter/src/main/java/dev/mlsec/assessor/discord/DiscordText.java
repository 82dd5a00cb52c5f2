package dev.mlsec.assessor.discord;

/** Text a person typed, made safe to show again in a Discord message, embed description or field. */
public final class DiscordText {

    /** Markdown, mention and link syntax: each is shown as itself once escaped. */
    private static final String MARKUP = "\\*_~`|<>[]()@#:";

    private DiscordText() {
    }

    /**
     * Neutralises Markdown and mentions in typed text: every character Discord reads as markup is
     * escaped with a backslash, so a masked link ({@code [label](url)}), a mention ({@code <@…>},
     * {@code <@&…>}, {@code <#…>}, {@code @everyone}, {@code @here}), emphasis or a spoiler shows as typed.
     */
    public static String neutralise(String typed) {
        StringBuilder out = new StringBuilder(typed.length() + 8);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (MARKUP.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
