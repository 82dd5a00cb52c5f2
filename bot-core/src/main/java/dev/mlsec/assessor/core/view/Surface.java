package dev.mlsec.assessor.core.view;

import dev.mlsec.assessor.core.identity.Promises;

/**
 * Where a respondent reads their questions: what they are told about who can see them, whether they
 * can move somewhere more private, and how they resume a paused run.
 */
public enum Surface {
    /** a message only they can see in a shared channel, which can move to a DM (Slack) */
    EPHEMERAL_IN_CHANNEL("Only you can see this message. " + Promises.FOOTER, true, "`/mlsec resume`"),
    /** a reply only they can see (Discord) */
    EPHEMERAL_REPLY("Only you can see this message. " + Promises.FOOTER, false, "`/mlsec resume`"),
    /** a private conversation with the bot */
    DIRECT_MESSAGE("You are answering in a private DM with the bot. " + Promises.FOOTER, false, "`/mlsec resume`"),
    /** a terminal */
    TERMINAL(Promises.FOOTER, false, "the same command again");

    private final String privacy;
    private final boolean canMoveElsewhere;
    private final String resume;

    Surface(String privacy, boolean canMoveElsewhere, String resume) {
        this.privacy = privacy;
        this.canMoveElsewhere = canMoveElsewhere;
        this.resume = resume;
    }

    /** The line every question message carries, so the respondent knows who can see it. */
    public String privacy() {
        return privacy;
    }

    public boolean canMoveElsewhere() {
        return canMoveElsewhere;
    }

    /** How to resume, e.g. "`/mlsec resume`". */
    public String resume() {
        return resume;
    }
}
