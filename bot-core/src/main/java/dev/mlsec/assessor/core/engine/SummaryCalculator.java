package dev.mlsec.assessor.core.engine;

import dev.mlsec.assessor.core.scoring.PersonalSummary;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Questionnaire;

/** Computes the personal summary a respondent sees when a run completes. */
@FunctionalInterface
public interface SummaryCalculator {

    PersonalSummary summarise(Questionnaire questionnaire, Answers answers);
}
