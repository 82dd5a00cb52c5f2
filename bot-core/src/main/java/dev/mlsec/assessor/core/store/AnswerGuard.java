package dev.mlsec.assessor.core.store;

import com.mongodb.client.model.Filters;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Condition;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.conversions.Bson;

/**
 * The part of an answer's filter that says, of a stored run's answers, that the run waits for this
 * question and that this answer leaves another question to ask and drops no answer given before. It
 * is the questionnaire's branching written as a query, so the store checks it on the document itself
 * and the answer needs no read first.
 *
 * <p>It rests on what every write keeps true: the stored answers are the ones that apply (an answer
 * whose question is no longer shown is dropped in the same write that hides it). So "the option was
 * chosen" is a plain match on {@code answers.<question>}, and "the question is shown" is its
 * condition over those matches. The run waits for a question when it is shown and unanswered and
 * every shown question before it is answered, as {@link dev.mlsec.assessor.questions.QuestionnaireFlow#next}
 * has it. The answer drops nothing when no question whose showing depends on it has an answer, and
 * it leaves a question to ask when some later question is shown and unanswered once it is given.
 */
final class AnswerGuard {

    private AnswerGuard() {
    }

    /**
     * The filter on a run's answers, or empty when it cannot be said without reading the run: the
     * answer may complete the run, or the questionnaire's conditions look at a later question.
     */
    static Optional<Bson> of(Questionnaire questionnaire, String questionId, List<String> chosen) {
        List<Question> questions = questionnaire.questions();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            position.put(questions.get(i).id(), i);
        }
        Integer at = position.get(questionId);
        if (at == null || !onlyEarlierReferenced(questions, position)) {
            return Optional.empty();
        }
        List<Pred> all = new ArrayList<>();
        // the run waits for this question
        Question question = questions.get(at);
        all.add(absent(questionId));
        all.add(shown(question.when(), Map.of()));
        for (Question before : questions.subList(0, at)) {
            all.add(or(List.of(present(before.id()), not(shown(before.when(), Map.of())))));
        }
        // nothing answered depends on this answer
        Set<String> dependent = dependents(questions.subList(at + 1, questions.size()), questionId);
        dependent.forEach(id -> all.add(absent(id)));
        // and a question is left to ask once it is given
        Map<String, List<String>> known = new HashMap<>();
        known.put(questionId, chosen);
        dependent.forEach(id -> known.put(id, List.of()));
        List<Pred> anyLeft = new ArrayList<>();
        for (Question after : questions.subList(at + 1, questions.size())) {
            Pred unanswered = dependent.contains(after.id()) ? Pred.TRUE : absent(after.id());
            anyLeft.add(and(List.of(unanswered, shown(after.when(), known))));
        }
        all.add(or(anyLeft));
        Pred guard = and(all);
        return guard instanceof Pred.Query q ? Optional.of(q.filter()) : Optional.empty();
    }

    private static boolean onlyEarlierReferenced(List<Question> questions, Map<String, Integer> position) {
        for (int i = 0; i < questions.size(); i++) {
            for (String referenced : questions.get(i).when().referencedQuestions()) {
                Integer p = position.get(referenced);
                if (p == null || p >= i) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The later questions whose showing depends, directly or through others, on the given one. */
    private static Set<String> dependents(List<Question> later, String questionId) {
        Set<String> dependent = new LinkedHashSet<>();
        for (Question q : later) {
            Set<String> refs = q.when().referencedQuestions();
            if (refs.contains(questionId) || refs.stream().anyMatch(dependent::contains)) {
                dependent.add(q.id());
            }
        }
        return dependent;
    }

    /** Whether a condition holds, given the stored answers and the options known for some questions. */
    private static Pred shown(Condition condition, Map<String, List<String>> known) {
        if (condition instanceof Condition.Always) {
            return Pred.TRUE;
        }
        if (condition instanceof Condition.Chosen c) {
            if (known.containsKey(c.question())) {
                return c.test(new Answers(Map.of(c.question(), known.get(c.question())))) ? Pred.TRUE : Pred.FALSE;
            }
            String field = "answers." + c.question();
            return switch (c.match()) {
                case ANY_OF -> c.options().isEmpty() ? Pred.FALSE : new Pred.Query(Filters.in(field, c.options()));
                case ALL_OF -> c.options().isEmpty() ? Pred.TRUE : new Pred.Query(Filters.all(field, c.options()));
                case NONE_OF -> c.options().isEmpty() ? Pred.TRUE : new Pred.Query(Filters.nin(field, c.options()));
            };
        }
        if (condition instanceof Condition.AllOf a) {
            return and(a.conditions().stream().map(c -> shown(c, known)).toList());
        }
        if (condition instanceof Condition.AnyOf a) {
            return or(a.conditions().stream().map(c -> shown(c, known)).toList());
        }
        return not(shown(((Condition.Not) condition).condition(), known));
    }

    private static Pred absent(String questionId) {
        return new Pred.Query(Filters.exists("answers." + questionId, false));
    }

    private static Pred present(String questionId) {
        return new Pred.Query(Filters.exists("answers." + questionId));
    }

    private static Pred and(List<Pred> preds) {
        List<Bson> parts = new ArrayList<>();
        for (Pred p : preds) {
            if (p == Pred.FALSE) {
                return Pred.FALSE;
            }
            if (p instanceof Pred.Query q) {
                parts.add(q.filter());
            }
        }
        return parts.isEmpty() ? Pred.TRUE : new Pred.Query(parts.size() == 1 ? parts.get(0) : Filters.and(parts));
    }

    private static Pred or(List<Pred> preds) {
        List<Bson> parts = new ArrayList<>();
        for (Pred p : preds) {
            if (p == Pred.TRUE) {
                return Pred.TRUE;
            }
            if (p instanceof Pred.Query q) {
                parts.add(q.filter());
            }
        }
        return parts.isEmpty() ? Pred.FALSE : new Pred.Query(parts.size() == 1 ? parts.get(0) : Filters.or(parts));
    }

    private static Pred not(Pred p) {
        if (p == Pred.TRUE) {
            return Pred.FALSE;
        }
        if (p == Pred.FALSE) {
            return Pred.TRUE;
        }
        return new Pred.Query(Filters.nor(((Pred.Query) p).filter()));
    }

    /** A condition folded as far as the known answers allow: always, never, or a query. */
    private sealed interface Pred {
        Pred TRUE = new Constant(true);
        Pred FALSE = new Constant(false);

        record Constant(boolean holds) implements Pred {
        }

        record Query(Bson filter) implements Pred {
        }
    }
}
