package dev.mlsec.assessor.core.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * What a channel needs to know of a run to route the next command: its opaque id (verified
 * against the stored run on every use, never trusted) and what it is about.
 */
public record RunRef(String runId, String questionnaireId, String questionnaireTitle,
                         Optional<String> assessmentCode, Optional<String> assessmentName) {

    public RunRef {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireTitle, "questionnaireTitle");
        Objects.requireNonNull(assessmentCode, "assessmentCode");
        Objects.requireNonNull(assessmentName, "assessmentName");
    }
}
