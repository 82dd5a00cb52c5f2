package dev.mlsec.assessor.core.run;

import dev.mlsec.assessor.questions.Answers;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One completed questionnaire run, as reports and exports see it: no pseudonym, no link to anyone.
 *
 * @param runId           the run's opaque id (random; never derived from the respondent)
 * @param questionnaireId which questionnaire
 * @param version         its version when answered
 * @param hash            its definition hash when answered
 * @param answers         the options chosen, by question id
 * @param completedOn     the day it was completed (no finer time is kept)
 * @param assessmentCode  the assessment it counts toward, if any
 */
public record CompletedRun(String runId, String questionnaireId, String version, String hash, Answers answers,
                           LocalDate completedOn, Optional<String> assessmentCode) {

    public CompletedRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(assessmentCode, "assessmentCode");
    }
}
