package dev.mlsec.assessor.core.view;

import dev.mlsec.assessor.core.engine.Command;
import java.util.List;
import java.util.Objects;

/**
 * A control pressed on a question, as a channel decoded it from its own ids: which control, on which
 * run and question, with which options. Nothing in it is trusted; the engine checks every id.
 */
public record Press(Control control, String runId, String questionId, List<String> optionIds) {

    public Press {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(questionId, "questionId");
        optionIds = List.copyOf(optionIds);
    }

    /** The engine command the press asks for; continuing elsewhere shows the current question there. */
    public Command command() {
        return switch (control) {
            case ANSWER -> new Command.Answer(runId, questionId, optionIds);
            case DONT_KNOW -> new Command.DontKnow(runId, questionId);
            case BACK -> new Command.Back(runId, questionId);
            case SKIP -> new Command.Skip(runId, questionId);
            case WHY -> new Command.Why(runId, questionId);
            case PAUSE -> new Command.Pause(runId);
            case ANSWER_ALONE -> new Command.AnswerAlone(runId);
            case CONTINUE_ELSEWHERE -> new Command.Show(runId);
        };
    }
}
