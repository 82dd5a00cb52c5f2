package dev.mlsec.assessor.core.view;

/** What a respondent can do at a question, besides reading it. Every channel offers exactly the prompt's set. */
public enum Control {
    /** choose from the question's options */
    ANSWER,
    /** answer with the question's "don't know" option */
    DONT_KNOW,
    /** go back one question */
    BACK,
    /** leave an optional question unanswered */
    SKIP,
    /** read why the question matters */
    WHY,
    /** stop for now, keeping the answers */
    PAUSE,
    /** carry on somewhere more private (in Slack: a DM with the bot) */
    CONTINUE_ELSEWHERE
}
