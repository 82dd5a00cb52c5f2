package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Dimension;
import java.util.List;
import java.util.Map;

/**
 * What one respondent gets at the end of one questionnaire: the score their answers give each attack
 * in the questionnaire's dimension, and the measures their answers point to, most important first.
 *
 * @param questionnaireId    which questionnaire
 * @param questionnaireTitle its title
 * @param dimension          what the scores measure (impact, exposure or mitigation)
 * @param scores             0..100 per attack
 * @param recommendations    the recommendations carried by the chosen options, de-duplicated, ranked
 * @param answered           how many questions were answered
 * @param dontKnow           how many of those were "don't know"
 */
public record PersonalSummary(String questionnaireId, String questionnaireTitle, Dimension dimension,
                              Map<Attack, Integer> scores, List<String> recommendations, int answered,
                              int dontKnow) {

    public PersonalSummary {
        scores = Map.copyOf(scores);
        recommendations = List.copyOf(recommendations);
    }
}
