package dev.mlsec.assessor.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Short routing keys carried in component custom ids: a kind, then parts separated by {@code :}.
 * They only say where a click is meant to go; the engine checks every one against the stored run.
 */
final class CustomIds {

    static final int MAX_LENGTH = 100;

    /** answer with one option: a:run:question:option */
    static final String ANSWER = "a";
    /** answer from a select menu: m:run:question */
    static final String MENU = "m";
    static final String DONT_KNOW = "d";
    static final String SKIP = "k";
    static final String BACK = "b";
    static final String WHY = "w";
    static final String PAUSE = "p";
    /** give up a run of an assessment and answer the same questionnaire on one's own: o:run */
    static final String ALONE = "o";
    /** "Remind me" on a paused run: r:run:when */
    static final String REMIND = "r";
    /** resume a paused run, from its paused message or a reminder's direct message: s:run:guild ("-": where it is pressed) */
    static final String RESUME = "s";
    /** start a questionnaire of an assessment from its root message: q:code:questionnaire */
    static final String START = "q";

    private CustomIds() {
    }

    static String of(String kind, String... parts) {
        StringBuilder id = new StringBuilder(kind);
        for (String part : parts) {
            if (part.indexOf(':') >= 0) {
                throw new IllegalArgumentException("a routing part may not contain ':': " + part);
            }
            id.append(':').append(part);
        }
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("custom id longer than " + MAX_LENGTH + ": " + id);
        }
        return id.toString();
    }

    /** The kind and parts of an id, or empty when it is not one of ours. */
    static Optional<Parsed> parse(String customId) {
        if (customId == null || customId.isEmpty() || customId.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] split = customId.split(":", -1);
        List<String> parts = new ArrayList<>(List.of(split).subList(1, split.length));
        for (String part : parts) {
            if (part.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Parsed(split[0], List.copyOf(parts)));
    }

    record Parsed(String kind, List<String> parts) {
        boolean has(int count) {
            return parts.size() == count;
        }
    }
}
