package dev.mlsec.assessor.core.view;

import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import java.util.Optional;

/** What a respondent is shown for an engine reply, worded once for every channel. */
public sealed interface View {

    /** A question to answer (with why it matters, when they asked). */
    record Question(PromptView prompt) implements View {
    }

    record Summary(SummaryView summary) implements View {
    }

    /**
     * The run is paused. {@code resume} is the label of the control that resumes run {@code runId} at
     * once and {@code remind} are the "Remind me" choices beside it; a channel offers exactly these, in
     * this order. A terminal gets neither: a pause ends the console, and the text says how to resume.
     */
    record Paused(String runId, String text, String privacy, Optional<String> resume, java.util.List<RemindMe> remind)
            implements View {
        public Paused {
            java.util.Objects.requireNonNull(resume, "resume");
            remind = java.util.List.copyOf(remind);
        }
    }

    record Abandoned(String text, String privacy) implements View {
    }

    /** Nothing changed; {@code current} is where the respondent is, when they are in a run. */
    record Refused(String message, Optional<PromptView> current, String privacy) implements View {
    }

    /** The label of the control that resumes a paused run at once. */
    String RESUME = "Resume";

    /** The heading in front of why a question matters, when the respondent asked. */
    String WHY_HEADING = "Why this matters:";

    /** The words "here is where you are" above the current question of a refusal. */
    String WHERE_YOU_ARE = "Here is where you are:";

    static View of(Reply reply, Surface surface) {
        if (reply instanceof Reply.Prompt p) {
            return new Question(PromptView.of(p, Optional.empty(), surface));
        }
        if (reply instanceof Reply.Explanation e) {
            return new Question(PromptView.of(e.prompt(), Optional.of(e.why()), surface));
        }
        if (reply instanceof Reply.Completed c) {
            return new Summary(SummaryView.of(c, surface));
        }
        if (reply instanceof Reply.Paused p) {
            boolean pressable = surface != Surface.TERMINAL;
            return new Paused(p.run().runId(), "Paused " + p.run().questionnaireTitle() + " at "
                    + p.progress().label() + ". Your " + p.progress().answered() + " answer(s) are kept; resume with "
                    + surface.resume() + ".", surface.privacy(), pressable ? Optional.of(RESUME) : Optional.empty(),
                    pressable ? java.util.List.of(RemindMe.values()) : java.util.List.of());
        }
        if (reply instanceof Reply.Abandoned a) {
            return new Abandoned("You gave up " + a.run().questionnaireTitle() + "; your answers were deleted.",
                    surface.privacy());
        }
        Reply.Refused r = (Reply.Refused) reply;
        return new Refused(r.message(), r.current().map(p -> PromptView.of(p.withNotice(Notice.NONE), Optional.empty(), surface)), surface.privacy());
    }
}
