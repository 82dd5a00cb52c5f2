package dev.mlsec.assessor.core.identity;

/** Where a respondent answers from. */
public enum Platform {
    SLACK("slack"),
    DISCORD("discord"),
    CONSOLE("console");

    private final String id;

    Platform(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
