package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Stage;
import java.util.List;
import java.util.Map;

/**
 * An assessment's risk, from all its completed runs.
 *
 * @param attacks         per attack: impact, exposure, mitigation, residual and band, in attack order
 * @param exposureByStage per attack and lifecycle stage, exposure 0..100
 * @param recommendations ranked, most important first
 * @param assumptions     what was assumed for missing questionnaires, in plain words
 * @param disagreements   where respondents to one questionnaire disagree widely, in plain words
 * @param maturity        per section of the mitigation questionnaire, 0.0..3.0; empty when it is missing
 * @param runs            completed runs per questionnaire id
 */
public record RiskPicture(List<AttackScore> attacks, Map<Attack, Map<Stage, Integer>> exposureByStage,
                          List<Recommendation> recommendations, List<String> assumptions, List<String> disagreements,
                          List<SectionMaturity> maturity, Map<String, Integer> runs) {

    public RiskPicture {
        attacks = List.copyOf(attacks);
        exposureByStage = Map.copyOf(exposureByStage);
        recommendations = List.copyOf(recommendations);
        assumptions = List.copyOf(assumptions);
        disagreements = List.copyOf(disagreements);
        maturity = List.copyOf(maturity);
        runs = Map.copyOf(runs);
    }

    public AttackScore score(Attack attack) {
        return attacks.stream().filter(s -> s.attack() == attack).findFirst().orElseThrow();
    }
}
