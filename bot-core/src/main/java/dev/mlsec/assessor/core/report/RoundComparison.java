package dev.mlsec.assessor.core.report;

import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.core.scoring.Band;
import dev.mlsec.assessor.core.scoring.Recommendation;
import dev.mlsec.assessor.core.scoring.RiskPicture;
import dev.mlsec.assessor.questions.Attack;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A round against the one before: per attack, residual risk and band then and now; the
 * recommendations resolved since (their control is now in place) and the new ones.
 *
 * @param previousCode   the previous round's code
 * @param previousNumber its number
 * @param attacks        per attack both rounds score, in attack order; empty when they cannot be compared
 * @param resolved       recommended in the previous round, no longer now
 * @param added          recommended now, not in the previous round
 * @param caveat         when the rounds were answered under different questionnaire versions or scored by
 *                       different models, what was compared and what not
 */
public record RoundComparison(String previousCode, int previousNumber, List<AttackDelta> attacks,
                              List<Recommendation> resolved, List<Recommendation> added, Optional<String> caveat) {

    public RoundComparison {
        Objects.requireNonNull(previousCode, "previousCode");
        attacks = List.copyOf(attacks);
        resolved = List.copyOf(resolved);
        added = List.copyOf(added);
        Objects.requireNonNull(caveat, "caveat");
    }

    /** Which way an attack's residual risk moved. */
    public enum Direction {
        UP("up"), DOWN("down"), UNCHANGED("unchanged");

        private final String id;

        Direction(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** One attack's residual risk and band in the previous round and in this one. */
    public record AttackDelta(Attack attack, int before, Band beforeBand, int after, Band afterBand) {
        public Direction direction() {
            return after > before ? Direction.UP : after < before ? Direction.DOWN : Direction.UNCHANGED;
        }

        /** e.g. "down 12 from 47 (medium → low)", or "unchanged at 30 (low)". */
        public String words() {
            String bands = beforeBand == afterBand ? afterBand.id() : beforeBand.id() + " → " + afterBand.id();
            return switch (direction()) {
                case UNCHANGED -> "unchanged at " + after + " (" + bands + ")";
                case UP -> "up " + (after - before) + " from " + before + " (" + bands + ")";
                case DOWN -> "down " + (before - after) + " from " + before + " (" + bands + ")";
            };
        }
    }

    /**
     * Compares two rounds' pictures. Both are scored by today's model from their own answers; rounds
     * scored by different models are not compared figure by figure, and rounds answered under different
     * questionnaire versions are compared where the model scores both, saying so.
     */
    public static RoundComparison between(String previousCode, int previousNumber, RiskPicture before,
                                          Set<String> versionsBefore, RiskPicture now, Set<String> versionsNow) {
        if (!before.model().equals(now.model())) {
            return new RoundComparison(previousCode, previousNumber, List.of(), List.of(), List.of(),
                    Optional.of("Round " + previousNumber + " was scored by risk model " + before.model() + " and this round by "
                            + now.model() + ", so their figures are not compared."));
        }
        List<AttackDelta> deltas = new ArrayList<>();
        for (AttackScore s : now.attacks()) {
            Optional<AttackScore> then = before.attacks().stream().filter(b -> b.attack() == s.attack()).findFirst();
            then.ifPresent(b -> deltas.add(new AttackDelta(s.attack(), b.residual(), b.band(), s.residual(), s.band())));
        }
        Set<String> nowKeys = now.recommendations().stream().map(RoundComparison::key).collect(Collectors.toSet());
        Set<String> beforeKeys = before.recommendations().stream().map(RoundComparison::key).collect(Collectors.toSet());
        List<Recommendation> resolved = before.recommendations().stream().filter(r -> !nowKeys.contains(key(r))).toList();
        List<Recommendation> added = now.recommendations().stream().filter(r -> !beforeKeys.contains(key(r))).toList();
        Optional<String> caveat = versionsBefore.equals(versionsNow) ? Optional.empty()
                : Optional.of("Round " + previousNumber + " was answered under questionnaire versions " + String.join(", ", versionsBefore)
                        + " and this round under " + String.join(", ", versionsNow) + "; both are scored by risk model " + now.model()
                        + " by matching question and option ids, and compared only where it scores both.");
        return new RoundComparison(previousCode, previousNumber, deltas, resolved, added, caveat);
    }

    /** The previous round's scores were withheld: nothing to compare yet. */
    public static RoundComparison withheld(String previousCode, int previousNumber) {
        return new RoundComparison(previousCode, previousNumber, List.of(), List.of(), List.of(),
                Optional.of("Round " + previousNumber + " has no scores (too few answers), so there is nothing to compare with."));
    }

    public Optional<AttackDelta> of(Attack attack) {
        return attacks.stream().filter(d -> d.attack() == attack).findFirst();
    }

    private static String key(Recommendation r) {
        return r.controlId().isEmpty() ? r.text() : r.controlId();
    }
}
