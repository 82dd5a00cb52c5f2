package dev.mlsec.assessor.core.remind;

import dev.mlsec.assessor.core.round.RoundStore;
import dev.mlsec.assessor.core.round.Rounds;

/**
 * Whether an assessment's round still takes answers. The one check thread reminders ask before
 * posting: a round closed in the round store stops them.
 */
@FunctionalInterface
public interface RoundStates {

    boolean isOpen(String code);

    /** Open unless the round store says the assessment's round is closed (no round stored: open). */
    static RoundStates of(RoundStore store) {
        Rounds rounds = new Rounds(store);
        return code -> !rounds.of(code).closed();
    }
}
