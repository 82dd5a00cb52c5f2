package dev.mlsec.assessor.questions;

import java.util.Arrays;
import java.util.Optional;

/** The lifecycle stages attack-surface questions are grouped by. */
public enum Stage {
    DATA_COLLECTION("data-collection", "Data collection"),
    DESIGN("design", "Design"),
    TRAINING("training", "Training"),
    DEPLOYMENT("deployment", "Deployment");

    private final String id;
    private final String title;

    Stage(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<Stage> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
