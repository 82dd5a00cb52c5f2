package dev.mlsec.assessor.core.engine;

import dev.mlsec.assessor.core.run.CounterStore;
import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.core.run.RunStore;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Keeps the store tidy: counts completed runs a crash left uncounted, and deletes unfinished runs
 * nobody touched for the retention period (the embedded store has no TTL expiry, and the same sweep
 * is correct on a real MongoDB).
 */
public final class RunMaintenance {

    private final RunStore runs;
    private final CounterStore counters;
    private final Clock clock;
    private final int retentionDays;

    public RunMaintenance(RunStore runs, CounterStore counters, Clock clock, int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1");
        }
        this.runs = runs;
        this.counters = counters;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    /** Counts every completed, uncounted run exactly once; returns how many. */
    public int reconcileCounters() {
        int n = 0;
        for (Run run : runs.completedUncounted()) {
            counters.add(run.asCompleted());
            runs.markCounted(run.id());
            n++;
        }
        return n;
    }

    /** Deletes unfinished runs last touched more than the retention period ago; returns how many. */
    public long sweepAbandoned() {
        return runs.deleteOpenUpdatedBefore(LocalDate.now(clock).minusDays(retentionDays));
    }
}
