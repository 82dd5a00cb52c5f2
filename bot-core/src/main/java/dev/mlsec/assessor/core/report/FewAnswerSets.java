package dev.mlsec.assessor.core.report;

import dev.mlsec.assessor.core.assessment.AssessmentDirectory;
import dev.mlsec.assessor.core.assessment.AssessmentRef;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.run.CompletedRuns;
import java.util.Optional;

/**
 * The directory the engine looks assessments up in, which also tells, from the counts of completed
 * runs only, whether a questionnaire of an assessment still has fewer than k answer sets.
 */
public final class FewAnswerSets implements AssessmentDirectory {

    private final AssessmentDirectory directory;
    private final CompletedRuns runs;
    private final Anonymity anonymity;

    public FewAnswerSets(AssessmentDirectory directory, CompletedRuns runs, Anonymity anonymity) {
        this.directory = directory;
        this.runs = runs;
        this.anonymity = anonymity;
    }

    @Override
    public Optional<AssessmentRef> findIn(Space space, String code) {
        return directory.findIn(space, code);
    }

    @Override
    public Optional<AssessmentRef> find(String code) {
        return directory.find(code);
    }

    @Override
    public boolean isPrivate(String code) {
        return directory.isPrivate(code);
    }

    @Override
    public boolean fewAnswerSets(String code, String questionnaireId) {
        return !anonymity.allows(runs.countsOfAssessment(code).getOrDefault(questionnaireId, 0L));
    }
}
