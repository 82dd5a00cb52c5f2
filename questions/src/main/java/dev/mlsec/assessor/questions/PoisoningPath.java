package dev.mlsec.assessor.questions;

import java.util.Arrays;
import java.util.Optional;

/** The ways an attacker can write into what the model learns from. */
public enum PoisoningPath {
    DATA("data", "training data"),
    LABELS("labels", "labels"),
    BASE_MODEL("base-model", "base model or model files"),
    PIPELINE("pipeline", "training pipeline, storage and libraries"),
    FEEDBACK("feedback", "production data fed back into training");

    private final String id;
    private final String title;

    PoisoningPath(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<PoisoningPath> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
