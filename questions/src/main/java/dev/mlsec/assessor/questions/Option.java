package dev.mlsec.assessor.questions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer a respondent can choose.
 *
 * @param id             stable id, unique within its question
 * @param label          what the respondent reads (at most 75 characters, so both chat platforms can show it)
 * @param scoring        what choosing it adds, per attack, in the noisy-OR format of questionnaires 1.x
 *                       (empty for options that carry typed effects)
 * @param stage          the lifecycle stage it bears on, if any (inherited from the section when not given)
 * @param recommendation the measure that reduces the weakness this option reveals, if it reveals one (1.x format)
 * @param dontKnow       whether this is the honest "don't know" answer (it scores as exposure, not safety)
 * @param effects        what it says about the system in the risk model's terms (format 2)
 * @param exclusive      whether it cannot be chosen together with any other option ("None of these", "Don't know")
 */
public record Option(String id, String label, Scoring scoring, Optional<Stage> stage,
                     Optional<String> recommendation, boolean dontKnow, List<Effect> effects, boolean exclusive) {

    public Option {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(recommendation, "recommendation");
        effects = List.copyOf(effects);
    }

    /** An option in the noisy-OR format of questionnaires 1.x. */
    public Option(String id, String label, Scoring scoring, Optional<Stage> stage, Optional<String> recommendation,
                  boolean dontKnow) {
        this(id, label, scoring, stage, recommendation, dontKnow, List.of(), false);
    }

    /** Its effects of one kind, in the order written. */
    public <E extends Effect> List<E> effects(Class<E> kind) {
        return effects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
