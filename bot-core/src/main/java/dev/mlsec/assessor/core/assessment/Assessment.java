package dev.mlsec.assessor.core.assessment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ML system being assessed.
 *
 * @param code      short, unguessable code, e.g. {@code FRD-7K2QX}
 * @param name      the system's name, as the lead gave it
 * @param createdOn the day it was created
 */
public record Assessment(String code, String name, LocalDate createdOn) {

    public Assessment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdOn, "createdOn");
    }

    public AssessmentRef ref() {
        return new AssessmentRef(code, name);
    }
}
