package dev.mlsec.assessor.core.run;

/** Where the aggregated answer counters are kept. */
public interface CounterStore extends AnswerCounters {

    /**
     * Adds one completed run to the counters of its questionnaire version and, when it counts toward an
     * assessment, to that assessment's tally of runs. Applying the same run again is a no-op, so a run is
     * counted exactly once even when this step is retried after a crash.
     */
    void add(CompletedRun run);
}
