package dev.mlsec.assessor.core.report;

import dev.mlsec.assessor.questions.Attack;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a report's round stands among its system's rounds.
 *
 * @param number        this round's number (1 for the first)
 * @param closedOn      the day this round was closed (its figures are frozen since); empty while open
 * @param rounds        residual risk per attack of every round up to this one, oldest first, for the
 *                      across-rounds chart (a round whose scores are withheld has no figures)
 * @param sincePrevious this round against the one before; empty for a first round
 */
public record RoundHistory(int number, Optional<LocalDate> closedOn, List<Point> rounds, Optional<RoundComparison> sincePrevious) {

    public RoundHistory {
        Objects.requireNonNull(closedOn, "closedOn");
        rounds = List.copyOf(rounds);
        Objects.requireNonNull(sincePrevious, "sincePrevious");
    }

    /** One round's residual risk per attack; empty while its scores are withheld. */
    public record Point(String code, int number, Map<Attack, Integer> residual) {
        public Point {
            residual = Collections.unmodifiableMap(residual.isEmpty() ? new EnumMap<>(Attack.class) : new EnumMap<>(residual));
        }
    }

    /** Whether there are earlier rounds to draw beside this one. */
    public boolean acrossRounds() {
        return rounds.size() > 1;
    }
}
