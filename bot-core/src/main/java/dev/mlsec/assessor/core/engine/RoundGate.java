package dev.mlsec.assessor.core.engine;

import java.util.Optional;

/** Tells the engine whether an assessment's round still takes answers. */
@FunctionalInterface
public interface RoundGate {

    /** Every round takes answers. */
    RoundGate OPEN = code -> Optional.empty();

    /**
     * Empty while the round of this assessment code takes answers; once it is closed, the code of the
     * system's current round, to point the respondent at.
     */
    Optional<String> closedInFavourOf(String assessmentCode);
}
