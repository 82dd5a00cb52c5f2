package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.core.session.CompletedRun;
import dev.mlsec.assessor.questions.Answers;
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
