package dev.mlsec.assessor.questions.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a control is: a defence built into the ML system against particular attacks, or an
 * organisational measure that makes a team better at finding and answering attacks without stopping
 * one by itself.
 */
public enum ControlKind {
    ML("ml"),
    ORGANISATIONAL("organisational");

    private final String id;

    ControlKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ControlKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
