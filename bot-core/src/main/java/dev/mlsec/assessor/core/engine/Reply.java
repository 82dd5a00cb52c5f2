package dev.mlsec.assessor.core.engine;

import dev.mlsec.assessor.core.scoring.PersonalSummary;
import dev.mlsec.assessor.questions.Progress;
import dev.mlsec.assessor.questions.Question;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine answers a command. Channels do not draw these themselves: {@link
 * dev.mlsec.assessor.core.view.View#of} turns each into the view every channel draws (the words, the
 * options, the controls and their labels, decided once), so a channel decides nothing beyond layout.
 */
public sealed interface Reply {

    /**
     * A question to answer.
     *
     * @param run          the run it belongs to
     * @param question     the question, with its options in display order
     * @param sectionTitle the title of the question's section
     * @param progress     where the respondent stands
     * @param selected     the options already chosen for it (after going back or when editing)
     * @param canGoBack    whether there is a question before it
     * @param notice       a remark to show above it
     */
    record Prompt(RunRef run, Question question, String sectionTitle, Progress progress,
                  List<String> selected, boolean canGoBack, Notice notice) implements Reply {
        public Prompt {
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(sectionTitle, "sectionTitle");
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(notice, "notice");
            selected = List.copyOf(selected);
        }

        public Prompt withNotice(Notice other) {
            return new Prompt(run, question, sectionTitle, progress, selected, canGoBack, other);
        }
    }

    /** Why a question matters, with the question still to answer. */
    record Explanation(String why, Prompt prompt) implements Reply {
    }

    /** The run is complete: its answers are counted and no longer linked to the respondent. */
    record Completed(RunRef run, PersonalSummary summary) implements Reply {
    }

    /** The run is paused; {@code answered} answers are kept. */
    record Paused(RunRef run, Progress progress) implements Reply {
    }

    /** The run was abandoned and its answers deleted. */
    record Abandoned(RunRef run) implements Reply {
    }

    /**
     * The command was refused and nothing changed.
     *
     * @param reason  why
     * @param message what to tell the respondent, in plain words
     * @param current where the respondent is now, if they are in a run
     */
    record Refused(Refusal reason, String message, Optional<Prompt> current) implements Reply {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(current, "current");
        }
    }
}
