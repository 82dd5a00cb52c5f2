package dev.mlsec.assessor.core.round;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.core.run.CompletedRuns;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Closes a round: from then on it takes no answers, and its report counts only the runs completed
 * before closing, so its figures do not change.
 */
public final class RoundCloser {

    private final Rounds rounds;
    private final RoundStore store;
    private final CompletedRuns runs;
    private final Clock clock;

    public RoundCloser(RoundStore store, CompletedRuns runs, Clock clock) {
        this.rounds = new Rounds(store);
        this.store = store;
        this.runs = runs;
        this.clock = clock;
    }

    /** What closing did. */
    public sealed interface Outcome {
        /** Closed now, its report counting {@code counted} completed runs. */
        record Closed(Round round, int counted) implements Outcome {
        }

        /** It was closed before; nothing changed. */
        record ClosedAlready(Round round) implements Outcome {
        }
    }

    public Outcome close(Assessment assessment) {
        Round round = rounds.of(assessment.code());
        if (round.closed()) {
            return new Outcome.ClosedAlready(round);
        }
        List<String> counted = runs.ofAssessment(assessment.code()).stream().map(CompletedRun::runId).toList();
        if (!store.close(round, LocalDate.now(clock), counted)) {
            return new Outcome.ClosedAlready(rounds.of(assessment.code()));
        }
        return new Outcome.Closed(rounds.of(assessment.code()), counted.size());
    }

    public static String words(Outcome outcome) {
        if (outcome instanceof Outcome.Closed c) {
            return "Round " + c.round().number() + " (`" + c.round().code() + "`) is closed: it takes no more answers, and its "
                    + "report is frozen with " + c.counted() + " completed answer set" + (c.counted() == 1 ? "" : "s") + ".";
        }
        Round r = ((Outcome.ClosedAlready) outcome).round();
        return "Round " + r.number() + " (`" + r.code() + "`) was closed already" + r.closedOn().map(d -> ", on " + d).orElse("")
                + "; nothing was changed.";
    }
}
