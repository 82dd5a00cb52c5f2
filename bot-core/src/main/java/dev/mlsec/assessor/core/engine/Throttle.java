package dev.mlsec.assessor.core.engine;

/** Decides whether a respondent (and their workspace or guild) may send another command now. */
@FunctionalInterface
public interface Throttle {

    Throttle NONE = (respondentKey, spaceKey) -> true;

    /** Both keys are pseudonyms. */
    boolean allow(String respondentKey, String spaceKey);
}
