package dev.mlsec.assessor.core.run;

import java.util.List;
import java.util.function.Consumer;

/** Read access to completed runs, for reports and exports. */
public interface CompletedRuns {

    /** The completed runs that count toward one assessment. */
    List<CompletedRun> ofAssessment(String assessmentCode);

    /** How many completed runs of each questionnaire count toward one assessment. */
    java.util.Map<String, Long> countsOfAssessment(String assessmentCode);

    /** Every completed run, streamed in batches so an export never holds them all in memory. */
    void forEach(Consumer<CompletedRun> consumer);
}
