package dev.mlsec.assessor.core.lead;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.report.AssessmentStatus;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What the desk answers a lead; a channel draws it and decides nothing. */
public sealed interface LeadAnswer {

    /**
     * The assessment was created: post {@code root} where the lead asked, tell the desk where it is,
     * and show the lead the root view's confirmation.
     */
    record Created(RootView root) implements LeadAnswer {
    }

    /** How many completed each questionnaire; {@code status.line()} is the progress line. */
    record StatusShown(AssessmentStatus status, Optional<String> schedule) implements LeadAnswer {
        public StatusShown(AssessmentStatus status) {
            this(status, Optional.empty());
        }

        /** The progress line, and the schedule's line below it when rounds are scheduled. */
        public String text() {
            return status.line() + schedule.map(s -> "\n" + s).orElse("");
        }
    }

    /**
     * The report; {@code thread} is where the assessment's root message is, when the lead asked to
     * share the report there and the place is known.
     */
    record Reported(ReportBundle bundle, Optional<RootLocation> thread) implements LeadAnswer {
    }

    /** The trends, worded for the lead's space, with their charts to show beside the text. */
    record TrendsShown(String markdown, java.util.List<ReportFile> files) implements LeadAnswer {
        public TrendsShown {
            files = java.util.List.copyOf(files);
        }

        public TrendsShown(String markdown) {
            this(markdown, java.util.List.of());
        }
    }

    /** The export's file, with a line to show beside it. */
    record Exported(ReportFile file, String note) implements LeadAnswer {
    }

    /**
     * No assessment has the code the lead typed in their space (another space's code is answered the
     * same); the message repeats the code as typed, shown the channel's way of showing typed text.
     */
    record UnknownCode(String typed, String space) implements LeadAnswer {
        /** The same refusal without the code: where a channel promises that another space's code reads exactly like an unknown one. */
        public String withoutEcho() {
            return dev.mlsec.assessor.core.assessment.AssessorException.unknownCode().getMessage();
        }

        public String message(UnaryOperator<String> shown) {
            String clipped = typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
            return "I know no assessment `" + shown.apply(clipped.replace('`', '\'')) + "` in this " + space
                    + ". Check the code in the assessment's root message.";
        }
    }

    /** The asker may not use the lead verbs here; {@code message} says who may. Nothing was done. */
    record NotPermitted(String message) implements LeadAnswer {
    }

    /** Nothing was done or shown, and {@code message} says why and what to do. */
    record Refused(String message) implements LeadAnswer {
        public Refused {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The next round is open: {@code message} tells the lead. When {@code postHere}, the last round's
     * root message is not known, so the channel posts {@code root} where the lead asked and tells the
     * desk where it is, as for a new assessment; otherwise the core has had it posted already.
     */
    record RoundOpened(RootView root, boolean postHere, String message) implements LeadAnswer {
    }

    /** Rounds of the system are scheduled, or no longer; {@code message} says when the next one opens. */
    record Scheduled(String message) implements LeadAnswer {
    }

    /** The round is closed; {@code message} says so. */
    record RoundClosed(String message) implements LeadAnswer {
    }

    /** What became of a thread-reminder cadence: set, stopped, or refused with nothing changed; {@code message} says which. */
    record Reminders(String message) implements LeadAnswer {
        public Reminders {
            Objects.requireNonNull(message, "message");
        }
    }
}
