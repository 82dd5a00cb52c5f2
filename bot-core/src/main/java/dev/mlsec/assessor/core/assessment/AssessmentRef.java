package dev.mlsec.assessor.core.assessment;

import java.util.Objects;

/** What the engine needs to know of an assessment a respondent joins: its code and the system's name. */
public record AssessmentRef(String code, String name) {

    public AssessmentRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
