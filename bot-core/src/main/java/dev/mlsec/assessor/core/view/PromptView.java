package dev.mlsec.assessor.core.view;

import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A question as every channel shows it: all the words, the options offered as answers, and the
 * controls. A channel lays these out and encodes the ids; it adds and leaves out nothing.
 *
 * @param runId      the run the question belongs to, for the channel's ids
 * @param questionId the question, for the channel's ids
 * @param questionnaire the questionnaire's title
 * @param assessment the assessment's name, as its lead typed it, when there is one
 * @param notice     why this question is shown now, if there is something to say
 * @param text       the question
 * @param why        why it matters, when the respondent asked
 * @param where      progress, questionnaire and section
 * @param options    the options to answer with, in order ("don't know" is {@link Control#DONT_KNOW})
 * @param dontKnow   the label of the "don't know" control, when the question has one
 * @param selection  how many options to choose
 * @param controls   what the respondent can do, in the order channels show them
 * @param privacy    who can see the message
 */
public record PromptView(String runId, String questionId, String questionnaire, Optional<String> assessment,
                         Optional<String> notice, String text,
                         Optional<String> why, String where, List<OptionView> options, Optional<String> dontKnow,
                         Selection selection, List<Control> controls, String privacy) {

    public PromptView {
        options = List.copyOf(options);
        controls = List.copyOf(controls);
    }

    /** An option as offered, and whether it is the chosen answer already (after going back). */
    public record OptionView(String id, String label, boolean selected) {
    }

    /** The questionnaire, and the assessment's name shown the channel's way of showing typed text. */
    public String title(UnaryOperator<String> typed) {
        return questionnaire + assessment.map(name -> " · " + typed.apply(name)).orElse("");
    }

    /** The label of a control on this question: the question's own "don't know" label, else the control's. */
    public String label(Control control) {
        return control == Control.DONT_KNOW ? dontKnow.orElse(control.label()) : control.label();
    }

    public boolean offers(Control control) {
        return controls.contains(control);
    }

    public static PromptView of(Reply.Prompt prompt, Optional<String> why, Surface surface) {
        Question q = prompt.question();
        Optional<String> notice = prompt.notice() == Notice.NONE ? Optional.empty() : Optional.of(prompt.notice().message());
        String where = prompt.progress().label() + " · " + prompt.run().questionnaireTitle() + " · " + prompt.sectionTitle();
        List<OptionView> options = new ArrayList<>();
        for (Option o : q.options()) {
            if (!o.dontKnow()) {
                options.add(new OptionView(o.id(), o.label(), prompt.selected().contains(o.id())));
            }
        }
        List<Control> controls = new ArrayList<>();
        controls.add(Control.ANSWER);
        if (q.dontKnowOption().isPresent()) {
            controls.add(Control.DONT_KNOW);
        }
        if (prompt.canGoBack()) {
            controls.add(Control.BACK);
        }
        if (q.skippable()) {
            controls.add(Control.SKIP);
        }
        if (why.isEmpty() && !q.why().isBlank()) {
            controls.add(Control.WHY);
        }
        controls.add(Control.PAUSE);
        if (prompt.notice() == Notice.FEW_ANSWER_SETS) {
            controls.add(Control.ANSWER_ALONE);
        }
        if (surface.canMoveElsewhere()) {
            controls.add(Control.CONTINUE_ELSEWHERE);
        }
        return new PromptView(prompt.run().runId(), q.id(), prompt.run().questionnaireTitle(),
                prompt.run().assessmentName(), notice, q.text(), why, where, options,
                q.dontKnowOption().map(Option::label), Selection.of(q), controls, surface.privacy());
    }
}
