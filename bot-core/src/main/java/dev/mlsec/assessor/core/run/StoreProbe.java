package dev.mlsec.assessor.core.run;

/** Whether the store answers at all, for readiness; it says nothing of where the store is. */
public interface StoreProbe {

    /** Returns when the store answered; throws {@link StoreUnavailableException} when it did not. */
    void ping();
}
