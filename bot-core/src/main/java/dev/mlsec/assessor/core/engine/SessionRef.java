package dev.mlsec.assessor.core.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * What a channel needs to know of a session to route the next command: its opaque id (verified
 * against the stored session on every use, never trusted) and what it is about.
 */
public record SessionRef(String sessionId, String questionnaireId, String questionnaireTitle,
                         Optional<String> assessmentCode, Optional<String> assessmentName) {

    public SessionRef {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireTitle, "questionnaireTitle");
        Objects.requireNonNull(assessmentCode, "assessmentCode");
        Objects.requireNonNull(assessmentName, "assessmentName");
    }
}
