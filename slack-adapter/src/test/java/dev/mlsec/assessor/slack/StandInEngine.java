package dev.mlsec.assessor.slack;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Refusal;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.engine.SessionRef;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.scoring.PersonalSummary;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionnaireFlow;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small in-memory stand-in for the conversation engine, checking every id against its sessions like
 * the engine does, until the adapter's tests run over the real engine.
 */
final class StandInEngine implements Conversation {

    private final Map<String, Questionnaire> questionnaires = new LinkedHashMap<>();
    private final StandInDesk desk;
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> recorded = new ArrayList<>();

    private static final class Session {
        final String id;
        final Respondent who;
        final Questionnaire questionnaire;
        final Optional<String> code;
        Answers answers = Answers.none();
        boolean finished;

        Session(String id, Respondent who, Questionnaire questionnaire, Optional<String> code) {
            this.id = id;
            this.who = who;
            this.questionnaire = questionnaire;
            this.code = code;
        }
    }

    StandInEngine(List<Questionnaire> questionnaires, StandInDesk desk) {
        questionnaires.forEach(q -> this.questionnaires.put(q.id(), q));
        this.desk = desk;
    }

    /** Every answer recorded, as "question=options", in order. */
    synchronized List<String> recorded() {
        return List.copyOf(recorded);
    }

    @Override
    public synchronized Reply handle(Respondent who, Command command) {
        if (command instanceof Command.Start start) {
            Questionnaire q = questionnaires.get(start.questionnaireId());
            if (q == null) {
                return refuse(Refusal.UNKNOWN_QUESTIONNAIRE, "There is no questionnaire called " + start.questionnaireId() + ".", null);
            }
            if (start.assessmentCode().isPresent() && desk.status(who.spaceOf(), start.assessmentCode().get()).isEmpty()) {
                return refuse(Refusal.UNKNOWN_ASSESSMENT, "There is no such assessment.", null);
            }
            for (Session s : sessions.values()) {
                if (!s.finished && s.who.equals(who) && s.questionnaire == q && s.code.equals(start.assessmentCode())) {
                    return prompt(s, Notice.RESUMED);
                }
            }
            Session s = new Session("s" + ids.incrementAndGet(), who, q, start.assessmentCode());
            sessions.put(s.id, s);
            return prompt(s, Notice.STARTED);
        }
        if (command instanceof Command.Resume) {
            return sessions.values().stream().filter(s -> !s.finished && s.who.equals(who)).reduce((a, b) -> b)
                    .map(s -> (Reply) prompt(s, Notice.RESUMED))
                    .orElseGet(() -> refuse(Refusal.NO_SESSION, "You have nothing to resume.", null));
        }
        Command.OnSession on = (Command.OnSession) command;
        Session s = sessions.get(on.sessionId());
        if (s == null || !s.who.equals(who)) {
            return refuse(Refusal.NO_SESSION, "That questionnaire is not one of yours or no longer exists.", null);
        }
        if (s.finished) {
            return refuse(Refusal.SESSION_FINISHED, "You already finished that questionnaire.", null);
        }
        QuestionnaireFlow flow = new QuestionnaireFlow(s.questionnaire);
        Question current = flow.next(s.answers).orElseThrow();
        if (command instanceof Command.Pause) {
            return new Reply.Paused(ref(s), flow.progress(s.answers, current.id()));
        }
        if (command instanceof Command.Show) {
            return prompt(s, Notice.NONE);
        }
        String qid = questionId(command);
        if (!qid.equals(current.id())) {
            if (s.answers.hasAnswered(qid)) {
                return prompt(s, Notice.ALREADY_ANSWERED);
            }
            return refuse(Refusal.UNKNOWN_QUESTION, "That question is not the one you are on.", prompt(s, Notice.NONE));
        }
        if (command instanceof Command.Why) {
            return new Reply.Explanation(current.why(), prompt(s, Notice.NONE));
        }
        if (command instanceof Command.Back) {
            return flow.previous(s.answers, qid).isEmpty()
                    ? refuse(Refusal.NOTHING_BEFORE, "This is the first question.", prompt(s, Notice.NONE))
                    : prompt(s, Notice.WENT_BACK);
        }
        List<String> chosen;
        if (command instanceof Command.DontKnow) {
            Optional<Option> dk = current.dontKnowOption();
            if (dk.isEmpty()) {
                return refuse(Refusal.NO_DONT_KNOW, "This question has no \"don't know\".", prompt(s, Notice.NONE));
            }
            chosen = List.of(dk.get().id());
        } else if (command instanceof Command.Skip) {
            if (!current.skippable()) {
                return refuse(Refusal.NOT_SKIPPABLE, "This question cannot be skipped.", prompt(s, Notice.NONE));
            }
            chosen = List.of();
        } else {
            chosen = ((Command.Answer) command).optionIds();
            for (String id : chosen) {
                if (current.option(id).isEmpty()) {
                    return refuse(Refusal.INVALID_OPTION, "That is not one of this question's answers.", prompt(s, Notice.NONE));
                }
            }
            if (chosen.size() < current.kind().minSelections() || chosen.size() > current.kind().maxSelections()) {
                return refuse(Refusal.WRONG_NUMBER_OF_OPTIONS, "Choose between " + current.kind().minSelections() + " and "
                        + current.kind().maxSelections() + " answers.", prompt(s, Notice.NONE));
            }
        }
        s.answers = s.answers.with(qid, chosen);
        recorded.add(qid + "=" + String.join(",", chosen));
        if (flow.isComplete(s.answers)) {
            s.finished = true;
            s.code.ifPresent(code -> desk.completed(code, s.questionnaire.id()));
            return new Reply.Completed(ref(s), new PersonalSummary(s.questionnaire.id(), s.questionnaire.title(),
                    s.questionnaire.dimension(), Map.of(Attack.POISONING, 40, Attack.EVASION, 10), List.of("Protect it"),
                    s.answers.size(), 0));
        }
        return prompt(s, Notice.NONE);
    }

    private static String questionId(Command command) {
        if (command instanceof Command.Answer a) {
            return a.questionId();
        }
        if (command instanceof Command.DontKnow d) {
            return d.questionId();
        }
        if (command instanceof Command.Skip s) {
            return s.questionId();
        }
        if (command instanceof Command.Back b) {
            return b.questionId();
        }
        if (command instanceof Command.Why w) {
            return w.questionId();
        }
        return ((Command.Edit) command).questionId();
    }

    private Reply.Prompt prompt(Session s, Notice notice) {
        QuestionnaireFlow flow = new QuestionnaireFlow(s.questionnaire);
        Question q = flow.next(s.answers).orElseThrow();
        String section = s.questionnaire.section(q.sectionId()).map(Section::title).orElse("");
        return new Reply.Prompt(ref(s), q, section, flow.progress(s.answers, q.id()), List.of(),
                flow.previous(s.answers, q.id()).isPresent(), notice);
    }

    private SessionRef ref(Session s) {
        return new SessionRef(s.id, s.questionnaire.id(), s.questionnaire.title(), s.code,
                s.code.flatMap(c -> desk.name(c)));
    }

    private static Reply.Refused refuse(Refusal reason, String message, Reply.Prompt current) {
        return new Reply.Refused(reason, message, Optional.ofNullable(current));
    }
}
