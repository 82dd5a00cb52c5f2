package dev.mlsec.assessor.core.report;

import dev.mlsec.assessor.core.scoring.RiskPicture;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An assessment's report, channel-neutral: channels and renderers turn it into messages, Markdown,
 * HTML and JSON.
 *
 * @param code        the assessment's code
 * @param systemName  the ML system's name
 * @param generatedOn the day it was produced
 * @param coverage    completed runs per questionnaire
 * @param picture     the risk picture; empty while scores are withheld
 * @param withheld    why scores are not shown yet, and what is needed
 * @param rounds      where this round stands among its system's rounds, with the deltas since the previous one
 */
public record AssessmentReport(String code, String systemName, LocalDate generatedOn, List<Coverage> coverage,
                               Optional<RiskPicture> picture, Optional<String> withheld, Optional<RoundHistory> rounds) {

    public AssessmentReport {
        coverage = List.copyOf(coverage);
        java.util.Objects.requireNonNull(rounds, "rounds");
    }

    /** A report that says nothing of rounds. */
    public AssessmentReport(String code, String systemName, LocalDate generatedOn, List<Coverage> coverage,
                            Optional<RiskPicture> picture, Optional<String> withheld) {
        this(code, systemName, generatedOn, coverage, picture, withheld, Optional.empty());
    }

    /** The same report, placed among its system's rounds. */
    public AssessmentReport withRounds(RoundHistory history) {
        return new AssessmentReport(code, systemName, generatedOn, coverage, picture, withheld, Optional.of(history));
    }

    public int totalRuns() {
        return coverage.stream().mapToInt(Coverage::completedRuns).sum();
    }
}
