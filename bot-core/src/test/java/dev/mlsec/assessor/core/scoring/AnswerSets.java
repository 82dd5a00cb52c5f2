package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Effect;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.QuestionnaireFlow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Complete answer sets built by walking a questionnaire's flow with a rule for choosing. */
public final class AnswerSets {

    private AnswerSets() {
    }

    /** Answers every shown question with the one option the rule ranks highest. */
    public static Answers walk(Questionnaire q, Function<Question, Option> choose) {
        QuestionnaireFlow flow = new QuestionnaireFlow(q);
        Answers answers = Answers.none();
        Optional<Question> next = flow.next(answers);
        while (next.isPresent()) {
            answers = flow.prune(answers.with(next.get().id(), List.of(choose.apply(next.get()).id())));
            next = flow.next(answers);
        }
        return answers;
    }

    /** Answers every shown question with the options the rule picks. */
    public static Answers walkMany(Questionnaire q, Function<Question, List<Option>> choose) {
        QuestionnaireFlow flow = new QuestionnaireFlow(q);
        Answers answers = Answers.none();
        Optional<Question> next = flow.next(answers);
        while (next.isPresent()) {
            answers = flow.prune(answers.with(next.get().id(), choose.apply(next.get()).stream().map(Option::id).toList()));
            next = flow.next(answers);
        }
        return answers;
    }

    /**
     * How exposed an option says the system is, for ordering a question's options in tests: the sum of its
     * factors and impact levels, plus a half per attack its context raises, less the strength of its controls.
     */
    public static double exposure(Option o) {
        double sum = 0;
        for (Effect e : o.effects()) {
            if (e instanceof Effect.Access x) {
                sum += x.factor();
            } else if (e instanceof Effect.WhiteBox x) {
                sum += x.factor();
            } else if (e instanceof Effect.Susceptibility x) {
                sum += x.factor();
            } else if (e instanceof Effect.Path x) {
                sum += x.strength();
            } else if (e instanceof Effect.PathFactor x) {
                sum += x.factor();
            } else if (e instanceof Effect.Uptake x) {
                sum += x.factor();
            } else if (e instanceof Effect.Motive x) {
                sum += x.factor();
            } else if (e instanceof Effect.Impact x) {
                sum += x.level().value();
            } else if (e instanceof Effect.Raises x) {
                sum += 0.5 * x.attacks().size();
            } else if (e instanceof Effect.Control x) {
                sum -= x.strength();
            }
        }
        return sum;
    }

    static boolean defends(Question q) {
        return q.options().stream().anyMatch(o -> !o.effects(Effect.Control.class).isEmpty());
    }

    /** The safest answer: every defence of a multiple-choice defence question, else the least exposed option (never "don't know"). */
    public static List<Option> safest(Question q) {
        if (q.kind() instanceof QuestionKind.MultipleChoice && defends(q)) {
            return q.options().stream().filter(o -> !o.exclusive() && !o.effects(Effect.Control.class).isEmpty()).toList();
        }
        return List.of(q.options().stream().filter(o -> !o.dontKnow())
                .min(Comparator.comparingDouble(AnswerSets::exposure)).orElseThrow());
    }

    /** The riskiest answer: the most exposed option ("don't know" where it is the most exposed). */
    public static List<Option> riskiest(Question q) {
        return List.of(q.options().stream().max(Comparator.comparingDouble(AnswerSets::exposure)
                .thenComparing(o -> o.dontKnow() ? 1 : 0)).orElseThrow());
    }

    /** The option with the highest total weight (the most exposed, most costly, or best defended answer). */
    public static Option heaviest(Question q) {
        return q.options().stream().max(Comparator.comparingDouble(AnswerSets::total)).orElseThrow();
    }

    /** The option with the lowest total weight, never "don't know". */
    public static Option lightest(Question q) {
        return q.options().stream().filter(o -> !o.dontKnow()).min(Comparator.comparingDouble(AnswerSets::total)).orElseThrow();
    }

    static double total(Option o) {
        return o.scoring().weights().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public static CompletedRun run(String id, Questionnaire q, Answers answers) {
        return new CompletedRun(id, q.id(), q.version(), q.hash(), answers, LocalDate.of(2026, 11, 28), Optional.of("FRD-7K2QX"));
    }

    public static List<CompletedRun> runs(CompletedRun... runs) {
        return new ArrayList<>(List.of(runs));
    }
}
