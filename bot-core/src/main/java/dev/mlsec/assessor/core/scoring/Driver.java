package dev.mlsec.assessor.core.scoring;

import java.util.Objects;

/**
 * One answer that drove a score, and what it did.
 *
 * @param part       which part of the score: likelihood, impact or mitigation
 * @param questionId the question answered
 * @param answer     the chosen option's label
 * @param effect     what it did, in a few words (e.g. "access ×0.35", "impact severe", "stops 35%")
 */
public record Driver(Part part, String questionId, String answer, String effect) {

    /** The parts a residual risk is made of. */
    public enum Part {
        LIKELIHOOD("likelihood"),
        IMPACT("impact"),
        MITIGATION("mitigation");

        private final String id;

        Part(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Driver {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(effect, "effect");
    }

    /** The driver in one short line: answer, then effect. */
    public String line() {
        return answer + " (" + effect + ")";
    }
}
