package dev.mlsec.assessor.core.assessment;

import dev.mlsec.assessor.core.identity.Space;
import java.util.Optional;

/** Looks assessments up by code, for the engine when a respondent joins one. */
public interface AssessmentDirectory {

    /**
     * The assessment with this code (case-insensitive) if it belongs to this space: the only ones a
     * respondent there may join. Another space's code is as unknown as one that does not exist.
     */
    Optional<AssessmentRef> findIn(Space space, String code);

    /** The assessment a run already counts toward, to name it. */
    Optional<AssessmentRef> find(String code);

    /**
     * Whether this questionnaire of the assessment has fewer than k completed answer sets, so that its
     * report reflects each of them: a new respondent is told so before the first question.
     */
    default boolean fewAnswerSets(String code, String questionnaireId) {
        return false;
    }

    /** Whether the assessment is private: its lead sees no scores until each questionnaire has k answer sets. */
    default boolean isPrivate(String code) {
        return false;
    }
}
