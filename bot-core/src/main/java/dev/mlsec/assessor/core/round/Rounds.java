package dev.mlsec.assessor.core.round;

import dev.mlsec.assessor.core.engine.RoundGate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads rounds: the round of an assessment code, the rounds of its system in order, and the current
 * (latest) one. An assessment with no round stored is round 1 of its own system.
 */
public final class Rounds implements RoundGate {

    private final RoundStore store;

    public Rounds(RoundStore store) {
        this.store = store;
    }

    /** The round of an existing assessment's code. */
    public Round of(String code) {
        return store.find(code).orElseGet(() -> Round.first(code));
    }

    /** Every round of the system this round belongs to, first round first; always holds this round. */
    public List<Round> ofSystemOf(Round round) {
        List<Round> all = new ArrayList<>(store.ofSystem(round.systemId()));
        if (all.stream().noneMatch(r -> r.number() == 1)) {
            all.add(Round.first(round.systemId()));
        }
        if (all.stream().noneMatch(r -> r.code().equals(round.code()))) {
            all.add(round);
        }
        all.sort(Comparator.comparingInt(Round::number));
        return List.copyOf(all);
    }

    /** The latest round of the system this round belongs to. */
    public Round current(Round round) {
        List<Round> all = ofSystemOf(round);
        return all.get(all.size() - 1);
    }

    /** The rounds before this one, oldest first. */
    public List<Round> before(Round round) {
        return ofSystemOf(round).stream().filter(r -> r.number() < round.number()).toList();
    }

    /** The completed runs a closed round's report counts; empty for an open round. */
    public Optional<List<String>> frozenRuns(Round round) {
        return round.closed() ? store.frozenRuns(round.code()) : Optional.empty();
    }

    @Override
    public Optional<String> closedInFavourOf(String assessmentCode) {
        Optional<Round> stored = store.find(assessmentCode);
        if (stored.isEmpty() || !stored.get().closed()) {
            return Optional.empty();
        }
        return Optional.of(current(stored.get()).code());
    }
}
