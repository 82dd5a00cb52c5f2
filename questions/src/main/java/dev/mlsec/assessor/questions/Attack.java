package dev.mlsec.assessor.questions;

import java.util.Arrays;
import java.util.Optional;

/** The four attacks every score is expressed in. */
public enum Attack {
    POISONING("poisoning", "Model poisoning"),
    EVASION("evasion", "Model evasion"),
    STEALING("stealing", "Model stealing"),
    INFERENCE("inference", "Training-data inference");

    private final String id;
    private final String title;

    Attack(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The stable id used in YAML, stored documents and exports. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<Attack> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
