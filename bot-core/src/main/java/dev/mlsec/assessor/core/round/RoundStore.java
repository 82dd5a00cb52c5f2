package dev.mlsec.assessor.core.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where rounds are kept: per assessment code, its system, its number, the round before and whether it
 * is closed; for a closed round, which completed runs its report counts. An assessment with no round
 * stored is round 1 of its own system. Every method throws
 * {@link dev.mlsec.assessor.core.run.StoreUnavailableException} when the store cannot be reached.
 */
public interface RoundStore {

    /** The stored round of this assessment code, if any. */
    Optional<Round> find(String code);

    /** Every stored round of a system, first round first. */
    List<Round> ofSystem(String systemId);

    /**
     * Stores a round; false, and nothing changed, when its code is stored already or its system has a
     * round of that number (two leads opening the next round at once open one).
     */
    boolean insert(Round round);

    /**
     * Closes an open round in one conditional write, keeping the ids of the completed runs its report
     * counts from then on; the round's open runs take no answer from then on. False, and nothing
     * changed, when it was closed already.
     */
    boolean close(Round round, LocalDate on, List<String> countedRunIds);

    /** The completed runs a closed round's report counts; empty for an open round. */
    Optional<List<String>> frozenRuns(String code);
}
