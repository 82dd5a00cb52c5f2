package dev.mlsec.assessor.core.run;

/** Where a questionnaire run stands. */
public enum RunState {
    ACTIVE, PAUSED, COMPLETED;

    public boolean isOpen() {
        return this != COMPLETED;
    }
}
