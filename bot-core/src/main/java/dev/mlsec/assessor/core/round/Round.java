package dev.mlsec.assessor.core.round;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One round of assessing an ML system: an assessment code, the system it belongs to, its place in the
 * system's rounds, and whether it was closed.
 *
 * @param code     the round's assessment code
 * @param systemId the system's id: the code of its first round
 * @param number   1 for the first round, then 2, 3, ...
 * @param previous the code of the round before, if any
 * @param closedOn the day it was closed; empty while it takes answers
 */
public record Round(String code, String systemId, int number, Optional<String> previous, Optional<LocalDate> closedOn) {

    public Round {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(closedOn, "closedOn");
        if (number < 1) {
            throw new IllegalArgumentException("rounds are numbered from 1");
        }
    }

    /** An assessment with no round stored (created before rounds existed, or never followed): round 1 of its own system. */
    public static Round first(String code) {
        return new Round(code, code, 1, Optional.empty(), Optional.empty());
    }

    /** The round after this one, with its own code, open. */
    public Round next(String nextCode) {
        return new Round(nextCode, systemId, number + 1, Optional.of(code), Optional.empty());
    }

    public boolean closed() {
        return closedOn.isPresent();
    }
}
