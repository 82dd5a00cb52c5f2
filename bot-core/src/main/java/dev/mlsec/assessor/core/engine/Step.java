package dev.mlsec.assessor.core.engine;

import dev.mlsec.assessor.core.run.Run;

/** What one command does to a run: nothing, a new state to store, or deletion. Pure values. */
sealed interface Step {

    Reply reply();

    /** Nothing changes; just reply. */
    record Keep(Reply reply) implements Step {
    }

    /** Store the run's new state, then reply. */
    record Save(Run run, Reply reply) implements Step {
    }

    /** Delete the run, then reply. */
    record Delete(Run run, Reply reply) implements Step {
    }
}
