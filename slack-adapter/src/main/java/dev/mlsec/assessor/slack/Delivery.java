package dev.mlsec.assessor.slack;

import dev.mlsec.assessor.core.view.Surface;

/** Where a respondent's questions are shown in Slack, and so which of the core's surfaces they are on. */
public enum Delivery {
    /** an ephemeral message in the channel, replaced in place as they answer */
    EPHEMERAL(Surface.EPHEMERAL_IN_CHANNEL),
    /** a private DM with the bot */
    DM(Surface.DIRECT_MESSAGE);

    private final Surface surface;

    Delivery(Surface surface) {
        this.surface = surface;
    }

    public Surface surface() {
        return surface;
    }
}
