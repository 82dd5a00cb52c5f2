package dev.mlsec.assessor.core.engine;

import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.core.run.RunState;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.QuestionnaireFlow;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pure transitions of a run: given its stored state and a command, what to store and what to
 * show. No I/O, so every rule is tested without a store, and a retry after a concurrent change just
 * evaluates the command again on the fresh state.
 */
final class RunSteps {

    private final Prompts prompts;
    private final SummaryCalculator summaries;

    RunSteps(Prompts prompts, SummaryCalculator summaries) {
        this.prompts = prompts;
        this.summaries = summaries;
    }

    Step apply(Run run, Questionnaire questionnaire, Command.OnRun command, LocalDate today) {
        QuestionnaireFlow flow = new QuestionnaireFlow(questionnaire);
        // any command on a paused run resumes it
        Run active = run.state() == RunState.PAUSED ? run.with(RunState.ACTIVE, run.answers(), run.current(), today) : run;
        if (command instanceof Command.Answer a) {
            return answer(active, flow, a.questionId(), a.optionIds(), today);
        }
        if (command instanceof Command.DontKnow d) {
            Optional<Question> q = questionnaire.question(d.questionId());
            if (q.isPresent() && q.get().dontKnowOption().isEmpty()) {
                return refuse(Refusal.NO_DONT_KNOW, Messages.NO_DONT_KNOW, active, flow);
            }
            List<String> chosen = q.flatMap(Question::dontKnowOption).map(o -> List.of(o.id())).orElse(List.of());
            return answer(active, flow, d.questionId(), chosen, today);
        }
        if (command instanceof Command.Skip s) {
            return skip(active, flow, s.questionId(), today);
        }
        if (command instanceof Command.Back b) {
            return back(active, flow, b.questionId(), today);
        }
        if (command instanceof Command.Edit e) {
            return edit(active, flow, e.questionId(), today);
        }
        if (command instanceof Command.Why w) {
            Optional<Question> q = questionnaire.question(w.questionId());
            if (q.isEmpty()) {
                return refuse(Refusal.UNKNOWN_QUESTION, Messages.UNKNOWN_QUESTION, active, flow);
            }
            return new Step.Keep(new Reply.Explanation(q.get().why(), prompts.current(active, flow, Notice.NONE)));
        }
        if (command instanceof Command.Show) {
            return changedOrKept(run, active, prompts.current(active, flow, Notice.NONE));
        }
        if (command instanceof Command.Pause) {
            Run paused = active.with(RunState.PAUSED, active.answers(), active.current(), today);
            return new Step.Save(paused, new Reply.Paused(prompts.ref(paused), flow.progress(paused.answers(),
                    paused.current().orElse(""))));
        }
        if (command instanceof Command.Restart) {
            String first = flow.next(Answers.none()).map(Question::id).orElseThrow();
            Run fresh = active.with(RunState.ACTIVE, Answers.none(), Optional.of(first), today);
            return new Step.Save(fresh, prompts.current(fresh, flow, Notice.RESTARTED));
        }
        if (command instanceof Command.Abandon) {
            return new Step.Delete(run, new Reply.Abandoned(prompts.ref(run)));
        }
        if (command instanceof Command.AnswerAlone) {
            // a run already on its own has nothing to leave: it is shown as it is
            return run.assessmentCode().isEmpty() ? changedOrKept(run, active, prompts.current(active, flow, Notice.NONE))
                    : new Step.Delete(run, new Reply.Abandoned(prompts.ref(run)));
        }
        throw new IllegalArgumentException("not a run command: " + command.getClass().getSimpleName());
    }

    private Step answer(Run run, QuestionnaireFlow flow, String questionId, List<String> optionIds, LocalDate today) {
        Optional<Question> found = flow.questionnaire().question(questionId);
        if (found.isEmpty()) {
            return refuse(Refusal.UNKNOWN_QUESTION, Messages.UNKNOWN_QUESTION, run, flow);
        }
        Optional<Invalid> invalid = invalidChoice(found.get(), optionIds);
        if (invalid.isPresent()) {
            return refuse(invalid.get().reason(), invalid.get().message(), run, flow);
        }
        if (!run.current().map(questionId::equals).orElse(false)) {
            return new Step.Keep(prompts.current(run, flow, Notice.ALREADY_ANSWERED));
        }
        return advance(run, flow, run.answers().with(questionId, optionIds), today);
    }

    /** Why these options cannot answer this question, if they cannot; whatever the run, so checked before reading it. */
    private static Optional<Invalid> invalidChoice(Question question, List<String> optionIds) {
        Set<String> seen = new HashSet<>();
        for (String option : optionIds) {
            if (question.option(option).isEmpty() || !seen.add(option)) {
                return Optional.of(new Invalid(Refusal.INVALID_OPTION, Messages.INVALID_OPTION));
            }
        }
        Optional<String> together = question.selectionProblem(optionIds);
        if (together.isPresent()) {
            return Optional.of(new Invalid(Refusal.EXCLUSIVE_OPTION, together.get()));
        }
        QuestionKind kind = question.kind();
        if (optionIds.size() < kind.minSelections() || optionIds.size() > kind.maxSelections()) {
            return Optional.of(new Invalid(Refusal.WRONG_NUMBER_OF_OPTIONS, Messages.wrongNumber(kind)));
        }
        return Optional.empty();
    }

    private record Invalid(Refusal reason, String message) {
    }

    /**
     * What an answer, "don't know" or skip stores as the chosen options of its question, when nothing
     * about the question refuses it; empty when the question, its options or the command would be
     * refused. Needs no run: whether the run waits for the question is the store's to check.
     */
    Optional<List<String>> chosen(Questionnaire questionnaire, Command.OnRun command) {
        if (command instanceof Command.Answer a) {
            return questionnaire.question(a.questionId()).filter(q -> invalidChoice(q, a.optionIds()).isEmpty())
                    .map(q -> a.optionIds());
        }
        if (command instanceof Command.DontKnow d) {
            return questionnaire.question(d.questionId()).flatMap(q -> q.dontKnowOption()
                    .map(o -> List.of(o.id())).filter(chosen -> invalidChoice(q, chosen).isEmpty()));
        }
        if (command instanceof Command.Skip s) {
            return questionnaire.question(s.questionId()).filter(Question::skippable).map(q -> List.<String>of());
        }
        return Optional.empty();
    }

    private Step skip(Run run, QuestionnaireFlow flow, String questionId, LocalDate today) {
        Optional<Question> found = flow.questionnaire().question(questionId);
        if (found.isEmpty()) {
            return refuse(Refusal.UNKNOWN_QUESTION, Messages.UNKNOWN_QUESTION, run, flow);
        }
        if (!run.current().map(questionId::equals).orElse(false)) {
            return new Step.Keep(prompts.current(run, flow, Notice.ALREADY_ANSWERED));
        }
        if (!found.get().skippable()) {
            return refuse(Refusal.NOT_SKIPPABLE, Messages.notSkippable(found.get()), run, flow);
        }
        return advance(run, flow, run.answers().with(questionId, List.of()), today);
    }

    private Step advance(Run run, QuestionnaireFlow flow, Answers answers, LocalDate today) {
        Answers applying = flow.prune(answers);
        Optional<Question> next = flow.next(applying);
        if (next.isEmpty()) {
            Run done = run.completed(applying, today);
            return new Step.Save(done, new Reply.Completed(prompts.ref(done),
                    summaries.summarise(flow.questionnaire(), applying)));
        }
        Run moved = run.with(RunState.ACTIVE, applying, Optional.of(next.get().id()), today);
        return new Step.Save(moved, prompts.current(moved, flow, Notice.NONE));
    }

    private Step back(Run run, QuestionnaireFlow flow, String questionId, LocalDate today) {
        if (!run.current().map(questionId::equals).orElse(false)) {
            return new Step.Keep(prompts.current(run, flow, Notice.ALREADY_ANSWERED));
        }
        Optional<Question> previous = flow.previous(run.answers(), questionId);
        if (previous.isEmpty()) {
            return refuse(Refusal.NOTHING_BEFORE, Messages.NOTHING_BEFORE, run, flow);
        }
        Run moved = run.with(RunState.ACTIVE, run.answers(), Optional.of(previous.get().id()), today);
        return new Step.Save(moved, prompts.current(moved, flow, Notice.WENT_BACK));
    }

    private Step edit(Run run, QuestionnaireFlow flow, String questionId, LocalDate today) {
        if (flow.questionnaire().question(questionId).isEmpty()) {
            return refuse(Refusal.UNKNOWN_QUESTION, Messages.UNKNOWN_QUESTION, run, flow);
        }
        if (!run.answers().hasAnswered(questionId) || !flow.isShown(run.answers(), questionId)) {
            return refuse(Refusal.NOT_ANSWERED_YET, Messages.NOT_ANSWERED_YET, run, flow);
        }
        Run moved = run.with(RunState.ACTIVE, run.answers(), Optional.of(questionId), today);
        return new Step.Save(moved, prompts.current(moved, flow, Notice.EDITING));
    }

    private Step refuse(Refusal reason, String message, Run run, QuestionnaireFlow flow) {
        return new Step.Keep(new Reply.Refused(reason, message, Optional.of(prompts.current(run, flow, Notice.NONE))));
    }

    private static Step changedOrKept(Run stored, Run active, Reply reply) {
        return stored == active ? new Step.Keep(reply) : new Step.Save(active, reply);
    }
}
