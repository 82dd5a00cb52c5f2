package dev.mlsec.assessor.core.engine;

import dev.mlsec.assessor.core.identity.Promises;

/** A short remark shown above a question, telling the respondent why this question is shown now. */
public enum Notice {
    NONE(""),
    STARTED(Promises.STARTED),
    /** the first question of an assessment's questionnaire with fewer than k completed answer sets */
    FEW_ANSWER_SETS(Promises.FEW_ANSWER_SETS),
    /** the first question of a private assessment's questionnaire: its lead sees no scores before k answer sets */
    PRIVATE(Promises.PRIVATE),
    RESUMED("Welcome back: resuming where you left off. Your earlier answers are kept."),
    ALREADY_ANSWERED("That question was already answered; here is where you are now."),
    WENT_BACK("Back one question. Your earlier answer is selected; choose again to change it."),
    EDITING("Change your answer below; answers that no longer apply will be dropped."),
    RESTARTED("Starting again from the first question; your earlier answers were deleted."),
    /** the run of an assessment was given up for one on the respondent's own */
    ON_YOUR_OWN("Your answers for the assessment were deleted. You are now answering on your own: these answers count "
            + "toward no assessment. " + Promises.STARTED),
    SKIPPED("Skipped.");

    private final String message;

    Notice(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
