package dev.mlsec.assessor.questions;

import java.util.Objects;
import java.util.Optional;

/**
 * One answer a respondent can choose.
 *
 * @param id             stable id, unique within its question
 * @param label          what the respondent reads (at most 75 characters, so both chat platforms can show it)
 * @param scoring        what choosing it adds, per attack
 * @param stage          the lifecycle stage it bears on, if any (inherited from the section when not given)
 * @param recommendation the measure that reduces the weakness this option reveals, if it reveals one
 * @param dontKnow       whether this is the honest "don't know" answer (it scores as exposure, not safety)
 */
public record Option(String id, String label, Scoring scoring, Optional<Stage> stage,
                     Optional<String> recommendation, boolean dontKnow) {

    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(recommendation, "recommendation");
    }
}
