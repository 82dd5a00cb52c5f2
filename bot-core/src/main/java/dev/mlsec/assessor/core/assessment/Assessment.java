package dev.mlsec.assessor.core.assessment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ML system being assessed.
 *
 * @param code      short, unguessable code, e.g. {@code FRD-7K2QX}
 * @param name      the system's name, as the lead gave it
 * @param createdOn the day it was created
 * @param isPrivate whether its scores are withheld until each questionnaire has at least k completed answer sets
 */
public record Assessment(String code, String name, LocalDate createdOn, boolean isPrivate) {

    public Assessment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdOn, "createdOn");
    }

    /** An assessment whose scores show on the usual rules. */
    public Assessment(String code, String name, LocalDate createdOn) {
        this(code, name, createdOn, false);
    }

    public AssessmentRef ref() {
        return new AssessmentRef(code, name);
    }
}
