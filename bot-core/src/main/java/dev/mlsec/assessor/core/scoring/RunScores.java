package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Stage;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one completed run says, as fractions 0..1: per dimension and attack, the chosen options'
 * weights combined by noisy-OR (1 - prod(1 - w)); exposure also per lifecycle stage. Pure.
 */
public record RunScores(Map<Dimension, Map<Attack, Double>> byDimension, Map<Attack, Map<Stage, Double>> exposureByStage) {

    public static RunScores of(Questionnaire questionnaire, Answers answers) {
        Map<Dimension, Map<Attack, Double>> untouched = new EnumMap<>(Dimension.class);
        Map<Attack, Map<Stage, Double>> stageUntouched = new EnumMap<>(Attack.class);
        for (Question q : questionnaire.questions()) {
            for (String optionId : answers.chosen(q.id())) {
                Option option = q.option(optionId).orElse(null);
                if (option == null) {
                    continue;
                }
                Dimension d = option.scoring().dimension();
                option.scoring().weights().forEach((attack, w) -> {
                    untouched.computeIfAbsent(d, x -> new EnumMap<>(Attack.class)).merge(attack, 1 - w, (a, b) -> a * b);
                    if (d == Dimension.EXPOSURE && option.stage().isPresent()) {
                        stageUntouched.computeIfAbsent(attack, x -> new EnumMap<>(Stage.class))
                                .merge(option.stage().get(), 1 - w, (a, b) -> a * b);
                    }
                });
            }
        }
        Map<Dimension, Map<Attack, Double>> scores = new EnumMap<>(Dimension.class);
        untouched.forEach((d, byAttack) -> {
            Map<Attack, Double> s = new EnumMap<>(Attack.class);
            byAttack.forEach((a, u) -> s.put(a, 1 - u));
            scores.put(d, s);
        });
        Map<Attack, Map<Stage, Double>> stages = new EnumMap<>(Attack.class);
        stageUntouched.forEach((a, byStage) -> {
            Map<Stage, Double> s = new EnumMap<>(Stage.class);
            byStage.forEach((st, u) -> s.put(st, 1 - u));
            stages.put(a, s);
        });
        return new RunScores(scores, stages);
    }

    public double value(Dimension dimension, Attack attack) {
        return byDimension.getOrDefault(dimension, Map.of()).getOrDefault(attack, 0.0);
    }

    public double exposure(Attack attack, Stage stage) {
        return exposureByStage.getOrDefault(attack, Map.of()).getOrDefault(stage, 0.0);
    }
}
