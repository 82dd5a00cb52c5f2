package dev.mlsec.assessor.core.remind;

import dev.mlsec.assessor.core.lead.RootView;
import java.util.Objects;

/**
 * A reminder posted in an assessment's thread: how many questionnaires still lack enough completed
 * answer sets, and the assessment's buttons to answer ({@code root}); it names and mentions nobody.
 */
public record ThreadReminder(String text, RootView root) {

    public ThreadReminder {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(root, "root");
    }
}
