package dev.mlsec.assessor.core.view;

/**
 * What a respondent can do at a question, besides reading it, with the label every channel shows on
 * it. Every channel offers exactly the prompt's set.
 */
public enum Control {
    /** choose from the question's options; the label is the button that sends a multiple choice */
    ANSWER("Submit"),
    /** answer with the question's "don't know" option (the question's own label, when it has one) */
    DONT_KNOW("Don't know"),
    /** go back one question */
    BACK("Back"),
    /** leave an optional question unanswered */
    SKIP("Skip"),
    /** read why the question matters */
    WHY("Why?"),
    /** stop for now, keeping the answers */
    PAUSE("Pause"),
    /**
     * give up this run of an assessment, its answers deleted, and answer the same questionnaire on one's
     * own; offered only beside the warning that few people have answered the assessment's questionnaire
     */
    ANSWER_ALONE("Answer on your own instead"),
    /** carry on somewhere more private (in Slack: a DM with the bot) */
    CONTINUE_ELSEWHERE("Continue in a DM");

    private final String label;

    Control(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
