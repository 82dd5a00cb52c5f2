package dev.mlsec.assessor.app.cli;

/** A refusal to show the person at the terminal as it is. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
