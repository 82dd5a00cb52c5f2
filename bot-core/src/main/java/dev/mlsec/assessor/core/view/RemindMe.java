package dev.mlsec.assessor.core.view;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * When a respondent who paused can ask to be reminded, by one direct message with a button that
 * resumes the run. Every channel offers exactly these, in this order, under these labels.
 */
public enum RemindMe {
    TOMORROW(Duration.ofDays(1), "Remind me tomorrow", "tomorrow"),
    IN_A_WEEK(Duration.ofDays(7), "Remind me in a week", "in a week");

    private final Duration after;
    private final String label;
    private final String when;

    RemindMe(Duration after, String label, String when) {
        this.after = after;
        this.label = label;
        this.when = when;
    }

    public Duration after() {
        return after;
    }

    /** The button's label. */
    public String label() {
        return label;
    }

    /** As said in a sentence: "tomorrow", "in a week". */
    public String when() {
        return when;
    }

    /** A short code for a button's routing id, e.g. "1d". */
    public String code() {
        return after.toDays() + "d";
    }

    public static Optional<RemindMe> ofCode(String code) {
        for (RemindMe r : values()) {
            if (r.code().equals(code == null ? "" : code.toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
