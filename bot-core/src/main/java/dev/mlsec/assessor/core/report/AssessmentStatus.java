package dev.mlsec.assessor.core.report;

import java.util.List;

/** An assessment's progress line: how many completed each questionnaire; never who, never what. */
public record AssessmentStatus(String code, String name, List<Coverage> coverage) {

    public AssessmentStatus {
        coverage = List.copyOf(coverage);
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
