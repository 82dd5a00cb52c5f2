package dev.mlsec.assessor.core.engine;

/**
 * What the engine reports for metrics. Nothing identifying is passed: only questionnaire ids, command
 * kinds and timings.
 */
public interface EngineListener {

    EngineListener NONE = new EngineListener() {
    };

    /** A question was answered (including skips and "don't know"). */
    default void answered(String questionnaireId) {
    }

    /** A run was completed. */
    default void completed(String questionnaireId) {
    }

    /** A run was abandoned. */
    default void abandoned(String questionnaireId) {
    }

    /** A command was handled, in {@code nanos}; {@code refusal} is null when it was not refused. */
    default void step(String commandKind, long nanos, Refusal refusal) {
    }

    /** The store failed during a step. */
    default void storeFailed() {
    }
}
