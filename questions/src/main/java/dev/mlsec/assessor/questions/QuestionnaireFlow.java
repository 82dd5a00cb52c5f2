package dev.mlsec.assessor.questions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The path through a questionnaire as a pure function of the answers: which questions are shown,
 * which answers still apply, which question comes next, and how far along a respondent is.
 */
public final class QuestionnaireFlow {

    private final Questionnaire questionnaire;
    private final List<Question> questions;

    public QuestionnaireFlow(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.questions = questionnaire.questions();
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /**
     * The answers that still apply: walking in order, an answer is kept only while its question is
     * shown given the answers kept before it. Changing an earlier answer thus drops the answers on
     * branches that no longer apply and keeps the rest.
     */
    public Answers prune(Answers answers) {
        Answers kept = Answers.none();
        for (Question q : questions) {
            if (answers.hasAnswered(q.id()) && q.when().test(kept)) {
                kept = kept.with(q.id(), answers.chosen(q.id()));
            }
        }
        return answers.retainOnly(kept.byQuestion().keySet());
    }

    /** The questions shown for these answers, in order (questions after unanswered ones as far as known). */
    public List<Question> shown(Answers answers) {
        Answers applying = prune(answers);
        List<Question> shown = new ArrayList<>();
        for (Question q : questions) {
            if (q.when().test(applying)) {
                shown.add(q);
            }
        }
        return shown;
    }

    /** The first shown question without an answer; empty when the questionnaire is complete. */
    public Optional<Question> next(Answers answers) {
        Answers applying = prune(answers);
        return shown(applying).stream().filter(q -> !applying.hasAnswered(q.id())).findFirst();
    }

    /** The shown question before the given one, if any. */
    public Optional<Question> previous(Answers answers, String questionId) {
        Question before = null;
        for (Question q : shown(answers)) {
            if (q.id().equals(questionId)) {
                return Optional.ofNullable(before);
            }
            before = q;
        }
        return Optional.empty();
    }

    public boolean isComplete(Answers answers) {
        return next(answers).isEmpty();
    }

    public boolean isShown(Answers answers, String questionId) {
        return shown(answers).stream().anyMatch(q -> q.id().equals(questionId));
    }

    /** Progress with the given question current. */
    public Progress progress(Answers answers, String currentQuestionId) {
        Answers applying = prune(answers);
        List<Question> shown = shown(applying);
        int position = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(currentQuestionId)) {
                position = i + 1;
                break;
            }
        }
        // The total can still change only while a question whose answer some condition reads is shown
        // and unanswered; questions on branches that are not shown will never be answered.
        Set<String> open = new HashSet<>();
        for (Question q : shown) {
            if (!applying.hasAnswered(q.id())) {
                open.add(q.id());
            }
        }
        boolean exact = true;
        for (Question q : questions) {
            if (q.when().referencedQuestions().stream().anyMatch(open::contains)) {
                exact = false;
                break;
            }
        }
        return new Progress(Math.max(position, 1), shown.size(), exact, applying.size());
    }
}
