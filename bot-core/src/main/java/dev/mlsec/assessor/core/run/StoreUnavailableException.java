package dev.mlsec.assessor.core.run;

/**
 * The store could not be reached or did not answer. Every store throws this, whatever its driver, so
 * the engine and the services above it never see a driver's or a framework's exception.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(Throwable cause) {
        super("the store is unavailable (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
