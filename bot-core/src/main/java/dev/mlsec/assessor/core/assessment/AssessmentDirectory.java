package dev.mlsec.assessor.core.assessment;

import java.util.Optional;

/** Looks assessments up by code, for the engine when a respondent joins one. */
public interface AssessmentDirectory {

    /** The assessment with this code (case-insensitive), if it exists. */
    Optional<AssessmentRef> find(String code);
}
