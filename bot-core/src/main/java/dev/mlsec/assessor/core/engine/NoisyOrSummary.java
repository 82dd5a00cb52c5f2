package dev.mlsec.assessor.core.engine;

import dev.mlsec.assessor.core.scoring.PersonalSummary;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A respondent's personal summary. Questionnaires of typed effects are summarised by the risk model
 * ({@link dev.mlsec.assessor.core.scoring.ModelSummary}); those of the 1.x format as follows: per attack, the chosen options' weights in the questionnaire's
 * dimension combined by noisy-OR ({@code 1 - prod(1 - w)}), and the recommendations of the chosen
 * options, strongest weight first, each once.
 */
public final class NoisyOrSummary implements SummaryCalculator {

    @Override
    public PersonalSummary summarise(Questionnaire questionnaire, Answers answers) {
        if (questionnaire.typed()) {
            return dev.mlsec.assessor.core.scoring.ModelSummary.summarise(questionnaire, answers,
                    dev.mlsec.assessor.questions.load.CatalogueLoader.loadBundled());
        }
        Map<Attack, Double> untouched = new EnumMap<>(Attack.class);
        Map<String, Double> recommendations = new LinkedHashMap<>();
        int answered = 0;
        int dontKnow = 0;
        for (Question q : questionnaire.questions()) {
            if (!answers.hasAnswered(q.id())) {
                continue;
            }
            answered++;
            for (String optionId : answers.chosen(q.id())) {
                Option option = q.option(optionId).orElse(null);
                if (option == null) {
                    continue;
                }
                if (option.dontKnow()) {
                    dontKnow++;
                }
                double strongest = 0;
                if (option.scoring().dimension() == questionnaire.dimension()) {
                    for (Map.Entry<Attack, Double> e : option.scoring().weights().entrySet()) {
                        untouched.merge(e.getKey(), 1 - e.getValue(), (a, b) -> a * b);
                        strongest = Math.max(strongest, e.getValue());
                    }
                }
                double weight = strongest;
                option.recommendation().ifPresent(r -> recommendations.merge(r, weight, Math::max));
            }
        }
        Map<Attack, Integer> scores = new EnumMap<>(Attack.class);
        for (Attack attack : Attack.values()) {
            scores.put(attack, (int) Math.round(100 * (1 - untouched.getOrDefault(attack, 1.0))));
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(recommendations.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return new PersonalSummary(questionnaire.id(), questionnaire.title(), questionnaire.dimension(), scores,
                ranked.stream().map(Map.Entry::getKey).toList(), answered, dontKnow);
    }
}
