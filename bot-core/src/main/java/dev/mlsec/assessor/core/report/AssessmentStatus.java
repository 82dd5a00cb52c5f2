package dev.mlsec.assessor.core.report;

import java.util.List;

/**
 * An assessment's progress line: how many completed each questionnaire; never who, never what.
 *
 * @param privateUntil for a private assessment, the k completed answer sets each questionnaire needs before its
 *                     scores show; 0 for one that is not private
 */
public record AssessmentStatus(String code, String name, List<Coverage> coverage, int privateUntil) {

    public AssessmentStatus {
        coverage = List.copyOf(coverage);
    }

    /** The status of an assessment that is not private. */
    public AssessmentStatus(String code, String name, List<Coverage> coverage) {
        this(code, name, coverage, 0);
    }

    public boolean isPrivate() {
        return privateUntil > 0;
    }

    /** e.g. "Completed so far: Risk and impact 1 · Attack surface 3 · Security 0". */
    public String line() {
        StringBuilder out = new StringBuilder("Completed so far: ");
        for (int i = 0; i < coverage.size(); i++) {
            if (i > 0) {
                out.append(" · ");
            }
            out.append(coverage.get(i).title()).append(' ').append(coverage.get(i).completedRuns());
        }
        return out.toString();
    }
}
