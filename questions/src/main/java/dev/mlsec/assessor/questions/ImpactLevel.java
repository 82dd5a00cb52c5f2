package dev.mlsec.assessor.questions;

import java.util.Arrays;
import java.util.Optional;

/**
 * How bad a successful attack would be, in the respondent's own words. Each level is the share of
 * the worst plausible loss that the residual risk multiplies by: a negligible loss still counts a
 * little (a likely attack with low impact is a medium risk in the OWASP Risk Rating matrix, not none).
 */
public enum ImpactLevel {
    NEGLIGIBLE("negligible", 0.15),
    NOTICEABLE("noticeable", 0.4),
    SERIOUS("serious", 0.7),
    SEVERE("severe", 1.0);

    private final String id;
    private final double value;

    ImpactLevel(String id, double value) {
        this.id = id;
        this.value = value;
    }

    public String id() {
        return id;
    }

    /** The multiplier of this level, 0..1. */
    public double value() {
        return value;
    }

    /** One level up, never above severe. */
    public ImpactLevel raised() {
        return this == SEVERE ? SEVERE : values()[ordinal() + 1];
    }

    public static Optional<ImpactLevel> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
