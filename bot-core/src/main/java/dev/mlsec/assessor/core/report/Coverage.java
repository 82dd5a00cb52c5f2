package dev.mlsec.assessor.core.report;

/** How many completed runs one questionnaire has in an assessment. */
public record Coverage(String questionnaireId, String title, String audience, int completedRuns) {
}
