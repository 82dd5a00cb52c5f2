package dev.mlsec.assessor.questions;

import java.util.Arrays;
import java.util.Optional;

/** What an option's weight adds to: the cost of an attack, the exposure to it, or the defence against it. */
public enum Dimension {
    IMPACT("impact"),
    EXPOSURE("exposure"),
    MITIGATION("mitigation");

    private final String id;

    Dimension(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Dimension> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
