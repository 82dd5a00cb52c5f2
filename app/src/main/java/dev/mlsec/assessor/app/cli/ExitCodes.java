package dev.mlsec.assessor.app.cli;

/** What the jar's exit codes mean. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The input was refused: lint problems, an unknown code, a bad argument. */
    public static final int REFUSED = 1;
    /** The configuration cannot work; the message names the setting. */
    public static final int BAD_CONFIGURATION = 2;
    /** Not an exit: the service keeps running until stopped. */
    public static final int SERVING = -1;

    private ExitCodes() {
    }
}
