package dev.mlsec.assessor.core.scoring;

/**
 * How bad a residual risk is. Thresholds on the residual risk (0..100): low below 15, medium from
 * 15, high from 35, critical from 60. With residual = 100 x impact x exposure x (1 - mitigation), a
 * critical risk needs impact and exposure both high and little mitigation.
 */
public enum Band {
    LOW("low", "#2e7d32"),
    MEDIUM("medium", "#f9a825"),
    HIGH("high", "#ef6c00"),
    CRITICAL("critical", "#c62828");

    private final String id;
    private final String colour;

    Band(String id, String colour) {
        this.id = id;
        this.colour = colour;
    }

    public String id() {
        return id;
    }

    /** The colour reports draw this band in, as #rrggbb. */
    public String colour() {
        return colour;
    }

    public static Band of(int residual) {
        if (residual >= 60) {
            return CRITICAL;
        }
        if (residual >= 35) {
            return HIGH;
        }
        return residual >= 15 ? MEDIUM : LOW;
    }
}
