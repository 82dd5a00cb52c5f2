package dev.mlsec.assessor.core.session;

/** Where a questionnaire run stands. */
public enum RunState {
    ACTIVE, PAUSED, COMPLETED;

    public boolean isOpen() {
        return this != COMPLETED;
    }
}
