package dev.mlsec.assessor.core.engine;

import dev.mlsec.assessor.core.assessment.AssessmentDirectory;
import dev.mlsec.assessor.core.assessment.AssessmentRef;
import dev.mlsec.assessor.core.identity.Pseudonymizer;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.run.CounterStore;
import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.core.run.RunState;
import dev.mlsec.assessor.core.run.RunStore;
import dev.mlsec.assessor.core.run.StoreUnavailableException;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.QuestionnaireFlow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Steps respondents through questionnaires. Channel-neutral: it takes {@link Command}s and returns
 * {@link Reply}s. Stateless between calls: every run lives in the store, so any instance can serve
 * any step, and a restart loses nothing. Each step is one guarded document update. An answer to the
 * question a run waits for is that update alone, guarded by the run's own state and returning the run
 * from which the next question is drawn; when its guard fails (a stale, repeated or foreign press, or
 * an answer that completes the run or follows going back) the run is read, the command evaluated on
 * it, and the result written guarded by the revision read, again on the fresh state if it crossed
 * with another step.
 */
public final class ConversationEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationEngine.class);
    private static final int MAX_ATTEMPTS = 3;
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,8}-[A-Z0-9]{1,12}");

    private final Map<String, Questionnaire> questionnaires;
    private final RunStore runs;
    private final CounterStore counters;
    private final AssessmentDirectory assessments;
    private final Pseudonymizer pseudonyms;
    private final EngineListener listener;
    private final Throttle throttle;
    private final Clock clock;
    private final Prompts prompts;
    private final RunSteps steps;
    private final RoundGate rounds;
    /** For each question id, the questionnaires that have a question of that id. */
    private final Map<String, List<Questionnaire>> byQuestion;

    public ConversationEngine(List<Questionnaire> questionnaires, RunStore runs, CounterStore counters,
                              AssessmentDirectory assessments, Pseudonymizer pseudonyms, SummaryCalculator summaries,
                              EngineListener listener, Throttle throttle, Clock clock) {
        this(questionnaires, runs, counters, assessments, pseudonyms, summaries, listener, throttle, clock, RoundGate.OPEN);
    }

    /** An engine that refuses answers to the runs of closed rounds, as {@code rounds} tells. */
    public ConversationEngine(List<Questionnaire> questionnaires, RunStore runs, CounterStore counters,
                              AssessmentDirectory assessments, Pseudonymizer pseudonyms, SummaryCalculator summaries,
                              EngineListener listener, Throttle throttle, Clock clock, RoundGate rounds) {
        this.rounds = rounds;
        Map<String, Questionnaire> byId = new LinkedHashMap<>();
        questionnaires.forEach(q -> byId.put(q.id(), q));
        this.questionnaires = Map.copyOf(byId);
        this.runs = runs;
        this.counters = counters;
        this.assessments = assessments;
        this.pseudonyms = pseudonyms;
        this.listener = listener;
        this.throttle = throttle;
        this.clock = clock;
        this.prompts = new Prompts(this.questionnaires, assessments);
        this.steps = new RunSteps(prompts, summaries);
        this.orderedIds = List.copyOf(byId.keySet());
        Map<String, List<Questionnaire>> having = new HashMap<>();
        for (Questionnaire q : byId.values()) {
            q.questions().forEach(question -> having.computeIfAbsent(question.id(), id -> new ArrayList<>()).add(q));
        }
        having.replaceAll((id, list) -> List.copyOf(list));
        this.byQuestion = Map.copyOf(having);
    }

    private final List<String> orderedIds;

    /** The questionnaires this engine runs, in their usual order. */
    public List<Questionnaire> questionnaires() {
        return orderedIds.stream().map(questionnaires::get).toList();
    }

    public Reply handle(Respondent who, Command command) {
        long started = System.nanoTime();
        Reply reply;
        try {
            reply = dispatch(who, command);
        } catch (StoreUnavailableException e) {
            listener.storeFailed();
            LOG.warn("The store failed during a {} step: {}", kind(command), e.getClass().getSimpleName());
            reply = new Reply.Refused(Refusal.STORE_UNAVAILABLE, Messages.STORE_UNAVAILABLE, Optional.empty());
        }
        listener.step(kind(command), System.nanoTime() - started,
                reply instanceof Reply.Refused r ? r.reason() : null);
        return reply;
    }

    private Reply dispatch(Respondent who, Command command) {
        String respondentKey = pseudonyms.respondentKey(who);
        if (!throttle.allow(respondentKey, pseudonyms.spaceKey(who.spaceOf()))) {
            return new Reply.Refused(Refusal.RATE_LIMITED, Messages.RATE_LIMITED, Optional.empty());
        }
        if (command instanceof Command.Start s) {
            return start(who, respondentKey, s);
        }
        if (command instanceof Command.Resume r) {
            return resume(respondentKey, r);
        }
        return onRun(who, respondentKey, (Command.OnRun) command);
    }

    private Reply start(Respondent who, String respondentKey, Command.Start start) {
        Questionnaire questionnaire = questionnaires.get(start.questionnaireId());
        if (questionnaire == null) {
            return refused(Refusal.UNKNOWN_QUESTIONNAIRE, Messages.unknownQuestionnaire(questionnaires()));
        }
        Optional<String> code = Optional.empty();
        if (start.assessmentCode().isPresent()) {
            String normalized = start.assessmentCode().get().strip().toUpperCase(Locale.ROOT);
            Optional<AssessmentRef> found = CODE.matcher(normalized).matches() ? assessments.findIn(who.spaceOf(), normalized) : Optional.empty();
            if (found.isEmpty()) {
                return refused(Refusal.UNKNOWN_ASSESSMENT, Messages.unknownAssessment());
            }
            code = Optional.of(found.get().code());
            Optional<Reply> closed = closedRound(code.get());
            if (closed.isPresent()) {
                return closed.get();
            }
        }
        Optional<Run> open = runs.findOpen(respondentKey, questionnaire.id(), code);
        if (open.isPresent()) {
            return reopen(open.get());
        }
        LocalDate today = today();
        QuestionnaireFlow flow = new QuestionnaireFlow(questionnaire);
        String first = flow.next(Answers.none()).map(Question::id)
                .orElseThrow(() -> new IllegalStateException("questionnaire " + questionnaire.id() + " shows no question"));
        Run fresh = new Run(RunIds.next(), Optional.of(respondentKey), questionnaire.id(), questionnaire.version(),
                questionnaire.hash(), code, RunState.ACTIVE, Answers.none(), Optional.of(first), today, today, false,
                Run.UNSAVED);
        Optional<Run> stored = runs.insert(stored(fresh, flow));
        if (stored.isEmpty()) {
            // the same respondent started it a moment ago, e.g. from a second device: continue that run
            return runs.findOpen(respondentKey, questionnaire.id(), code).map(this::reopen)
                    .orElseGet(() -> new Reply.Refused(Refusal.BUSY, Messages.BUSY, Optional.empty()));
        }
        Notice notice = code.isEmpty() ? Notice.STARTED
                : assessments.isPrivate(code.get()) ? Notice.PRIVATE
                : assessments.fewAnswerSets(code.get(), questionnaire.id()) ? Notice.FEW_ANSWER_SETS : Notice.STARTED;
        return prompts.current(resolved(stored.get(), flow), flow, notice);
    }

    /** The same questionnaire on the respondent's own, once their run of an assessment is deleted. */
    private Reply alone(Respondent who, String respondentKey, Run abandoned) {
        Reply solo = start(who, respondentKey, new Command.Start(abandoned.questionnaireId(), Optional.empty()));
        return solo instanceof Reply.Prompt p ? p.withNotice(Notice.ON_YOUR_OWN) : solo;
    }

    private Reply resume(String respondentKey, Command.Resume resume) {
        Optional<Run> open = runs.findLatestOpen(respondentKey, resume.questionnaireId());
        if (open.isEmpty()) {
            return refused(Refusal.NO_RUN, Messages.NO_OPEN_RUN);
        }
        return reopen(open.get());
    }

    /** Shows an open run again, marking it active; a run that crossed with another step is shown as it is. */
    private Reply reopen(Run run) {
        Optional<Reply> closed = run.assessmentCode().flatMap(this::closedRound);
        if (closed.isPresent()) {
            return closed.get();
        }
        Questionnaire questionnaire = questionnaires.get(run.questionnaireId());
        if (questionnaire == null) {
            return refused(Refusal.NO_RUN, Messages.NO_RUN);
        }
        QuestionnaireFlow flow = new QuestionnaireFlow(questionnaire);
        Run migrated = migrate(run, flow);
        Run current = resolved(migrated, flow);
        if (current.state() == RunState.PAUSED || migrated != run) {
            Run active = current.with(RunState.ACTIVE, current.answers(), current.current(), today());
            current = runs.replace(stored(active, flow)).map(r -> resolved(r, flow)).orElse(current);
        }
        return prompts.current(current, flow, Notice.RESUMED);
    }

    private Reply onRun(Respondent who, String respondentKey, Command.OnRun command) {
        if (!RUN_ID.matcher(command.runId()).matches()) {
            return refused(Refusal.NO_RUN, Messages.NO_RUN);
        }
        Optional<Reply> inOneWrite = answerWaitedFor(respondentKey, command);
        if (inOneWrite.isPresent()) {
            return inOneWrite.get();
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Run> found = runs.find(command.runId());
            if (found.isPresent() && found.get().state() == RunState.COMPLETED) {
                return refused(Refusal.RUN_FINISHED, Messages.RUN_FINISHED);
            }
            if (found.isEmpty() || !found.get().respondentKey().map(respondentKey::equals).orElse(false)) {
                // someone else's run is answered exactly like one that does not exist
                return refused(Refusal.NO_RUN, Messages.NO_RUN);
            }
            Optional<Reply> closed = found.get().assessmentCode().flatMap(this::closedRound);
            if (closed.isPresent()) {
                return closed.get();
            }
            Questionnaire questionnaire = questionnaires.get(found.get().questionnaireId());
            if (questionnaire == null) {
                return refused(Refusal.NO_RUN, Messages.NO_RUN);
            }
            QuestionnaireFlow flow = new QuestionnaireFlow(questionnaire);
            Run migrated = migrate(found.get(), flow);
            Run run = resolved(migrated, flow);
            Step step = steps.apply(run, questionnaire, command, today());
            if (step instanceof Step.Keep) {
                if (migrated != found.get()) {
                    runs.replace(stored(run, flow));
                }
                return step.reply();
            }
            if (step instanceof Step.Delete delete) {
                if (runs.delete(delete.run())) {
                    listener.abandoned(run.questionnaireId());
                    return command instanceof Command.AnswerAlone ? alone(who, respondentKey, run) : step.reply();
                }
                continue;
            }
            Step.Save save = (Step.Save) step;
            Optional<Run> saved = runs.replace(stored(save.run(), flow));
            if (saved.isEmpty()) {
                continue;
            }
            if (isAnswer(command)) {
                listener.answered(run.questionnaireId());
            }
            if (saved.get().state() == RunState.COMPLETED) {
                count(saved.get());
                listener.completed(run.questionnaireId());
            }
            return step.reply();
        }
        Optional<Run> latest = runs.find(command.runId());
        Optional<Reply.Prompt> where = latest.filter(r -> r.state().isOpen() && questionnaires.containsKey(r.questionnaireId()))
                .map(r -> {
                    QuestionnaireFlow flow = new QuestionnaireFlow(questionnaires.get(r.questionnaireId()));
                    return prompts.current(resolved(migrate(r, flow), flow), flow, Notice.NONE);
                });
        return new Reply.Refused(Refusal.BUSY, Messages.BUSY, where);
    }

    /**
     * An answer, "don't know" or skip as one conditional write: the store checks on the run itself
     * that it is the respondent's, open, and waiting for this question, and that the answer leaves a
     * question to ask, and returns the run from which the next question is drawn. Empty when the
     * write did not happen (nothing was stored): the caller reads the run to tell why, or to take the
     * step that needs it (completing the run, an answer after going back), and replies as it always has.
     */
    private Optional<Reply> answerWaitedFor(String respondentKey, Command.OnRun command) {
        String questionId = questionOf(command);
        List<Questionnaire> having = questionId == null ? List.of() : byQuestion.getOrDefault(questionId, List.of());
        // the questionnaires whose question of this id takes the command (usually one), if it stores the
        // same options in each; a run following another is not matched, and reading it tells why
        List<String> chosen = null;
        List<Questionnaire> candidates = new ArrayList<>();
        for (Questionnaire questionnaire : having) {
            Optional<List<String>> stores = steps.chosen(questionnaire, command);
            if (stores.isEmpty()) {
                continue;
            }
            if (chosen != null && !chosen.equals(stores.get())) {
                return Optional.empty();
            }
            chosen = stores.get();
            candidates.add(questionnaire);
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Optional<Run> stored = runs.answerWaitedFor(command.runId(), respondentKey, candidates, questionId, chosen, today());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Questionnaire questionnaire = questionnaires.get(stored.get().questionnaireId());
        listener.answered(questionnaire.id());
        QuestionnaireFlow flow = new QuestionnaireFlow(questionnaire);
        return Optional.of(prompts.current(resolved(stored.get(), flow), flow, Notice.NONE));
    }

    /** The question an answer, "don't know" or skip answers; null for other commands. */
    private static String questionOf(Command.OnRun command) {
        if (command instanceof Command.Answer a) {
            return a.questionId();
        }
        if (command instanceof Command.DontKnow d) {
            return d.questionId();
        }
        if (command instanceof Command.Skip s) {
            return s.questionId();
        }
        return null;
    }

    /**
     * The run with the question it shows: as stored, an open run names it only where it is not the
     * next unanswered one; otherwise it is that one (or, should every shown question be answered, the
     * last of them, as a run moved to a new questionnaire version shows).
     */
    private static Run resolved(Run run, QuestionnaireFlow flow) {
        if (!run.state().isOpen() || run.current().isPresent()) {
            return run;
        }
        Optional<String> next = flow.next(run.answers()).or(() -> {
            List<Question> shown = flow.shown(run.answers());
            return shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(shown.size() - 1));
        }).map(Question::id);
        return run.with(run.state(), run.answers(), next, run.updatedOn());
    }

    /** The run as it is stored: the question it shows named only where it is not the next unanswered one. */
    private static Run stored(Run run, QuestionnaireFlow flow) {
        if (!run.state().isOpen() || run.current().isEmpty()) {
            return run;
        }
        Optional<String> next = flow.next(run.answers()).map(Question::id);
        return next.equals(run.current()) ? run.with(run.state(), run.answers(), Optional.empty(), run.updatedOn()) : run;
    }

    /** Adds a completed run to the counters; if that fails, the run stays uncounted for the reconciler. */
    private void count(Run completed) {
        try {
            counters.add(completed.asCompleted());
            runs.markCounted(completed.id());
        } catch (StoreUnavailableException e) {
            listener.storeFailed();
            LOG.warn("A completed run could not be counted yet ({}); it will be counted when the store is back",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Moves a run started under an older definition of its questionnaire to the current one: answers
     * that no longer fit are dropped, the rest kept.
     */
    private Run migrate(Run run, QuestionnaireFlow flow) {
        Questionnaire q = flow.questionnaire();
        if (run.hash().equals(q.hash())) {
            return run;
        }
        Map<String, List<String>> valid = new LinkedHashMap<>();
        run.answers().byQuestion().forEach((questionId, options) -> q.question(questionId)
                .filter(question -> options.stream().allMatch(o -> question.option(o).isPresent()))
                .ifPresent(question -> valid.put(questionId, options)));
        Answers kept = flow.prune(new Answers(valid));
        Optional<String> current = run.current().filter(id -> flow.isShown(kept, id));
        if (current.isEmpty()) {
            List<Question> shown = flow.shown(kept);
            current = flow.next(kept).or(() -> shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(shown.size() - 1)))
                    .map(Question::id);
        }
        return run.movedTo(q.version(), q.hash()).with(run.state(), kept, current, run.updatedOn());
    }

    /** The refusal for a closed round's code, pointing at the system's current round; empty while it takes answers. */
    private Optional<Reply> closedRound(String assessmentCode) {
        return rounds.closedInFavourOf(assessmentCode)
                .map(current -> refused(Refusal.ROUND_CLOSED, Messages.roundClosed(assessmentCode, current)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean isAnswer(Command command) {
        return command instanceof Command.Answer || command instanceof Command.Skip || command instanceof Command.DontKnow;
    }

    private static Reply refused(Refusal reason, String message) {
        return new Reply.Refused(reason, message, Optional.empty());
    }

    private static String kind(Command command) {
        return command.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
