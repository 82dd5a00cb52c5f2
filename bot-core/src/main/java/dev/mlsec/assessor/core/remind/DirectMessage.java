package dev.mlsec.assessor.core.remind;

import java.util.Objects;

/** One direct message the core sends a person: its words, and a button resuming {@code runId}. */
public record DirectMessage(String text, String runId, String button) {

    public DirectMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(button, "button");
    }
}
