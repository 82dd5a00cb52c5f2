package dev.mlsec.assessor.slack;

/** Where a respondent's questions are shown; every question message says which, so they know who can see it. */
public enum Delivery {
    /** an ephemeral message in the channel, replaced in place as they answer */
    EPHEMERAL(":lock: Only you can see this message. Your answers are anonymous."),
    /** a private DM with the bot */
    DM(":lock: You are answering in a private DM with the bot. Your answers are anonymous.");

    private final String privacyLine;

    Delivery(String privacyLine) {
        this.privacyLine = privacyLine;
    }

    public String privacyLine() {
        return privacyLine;
    }
}
