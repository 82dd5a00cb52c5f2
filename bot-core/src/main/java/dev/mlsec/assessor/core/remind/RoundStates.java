package dev.mlsec.assessor.core.remind;

/**
 * Whether an assessment's round still takes answers. The one check thread reminders (and later
 * scheduled rounds) ask before posting; until rounds can be closed every round is open.
 */
@FunctionalInterface
public interface RoundStates {

    /** Every round open: the state before rounds can be closed. */
    RoundStates UNTIL_ROUNDS_CLOSE = code -> true;

    boolean isOpen(String code);
}
