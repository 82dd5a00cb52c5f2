package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.questions.Attack;
import java.util.List;

/**
 * A measure the answers point to.
 *
 * @param text     what to do
 * @param attacks  the attacks it reduces
 * @param priority  the highest residual risk among those attacks (0..100)
 * @param reduction the ranking key: the residual risk of each attack it bears on, weighted by how far
 *                  the chosen answer is from the question's safest answer for that attack, summed
 * @param chosenBy  how many completed runs chose an answer that calls for it
 */
public record Recommendation(String text, List<Attack> attacks, int priority, int reduction, int chosenBy) {

    public Recommendation {
        attacks = List.copyOf(attacks);
    }
}
