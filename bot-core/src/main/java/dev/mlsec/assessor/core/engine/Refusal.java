package dev.mlsec.assessor.core.engine;

/** Why the engine refused a command. The engine's message says it in plain words. */
public enum Refusal {
    UNKNOWN_QUESTIONNAIRE,
    UNKNOWN_ASSESSMENT,
    /** the assessment's round is closed: it takes no more answers */
    ROUND_CLOSED,
    NO_RUN,
    RUN_FINISHED,
    UNKNOWN_QUESTION,
    INVALID_OPTION,
    WRONG_NUMBER_OF_OPTIONS,
    /** an exclusive option ("None of these", "Don't know") was chosen together with another one */
    EXCLUSIVE_OPTION,
    NOT_SKIPPABLE,
    NO_DONT_KNOW,
    NOTHING_BEFORE,
    NOT_ANSWERED_YET,
    BUSY,
    STORE_UNAVAILABLE,
    RATE_LIMITED,
    MALFORMED
}
