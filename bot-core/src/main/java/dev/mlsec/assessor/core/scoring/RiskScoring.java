package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.catalogue.Catalogue;
import dev.mlsec.assessor.questions.load.CatalogueLoader;
import java.util.List;

/**
 * Turns an assessment's completed runs into its risk picture. Pure: no I/O beyond reading the bundled
 * catalogue once. Questionnaires of typed effects (2.x) are scored by {@link RiskModel}; definitions in
 * the noisy-OR format of 1.x by the model they were written for.
 */
public final class RiskScoring {

    private RiskScoring() {
    }

    public static RiskPicture score(List<Questionnaire> questionnaires, List<CompletedRun> runs) {
        return score(questionnaires, runs, CatalogueLoader.loadBundled());
    }

    public static RiskPicture score(List<Questionnaire> questionnaires, List<CompletedRun> runs, Catalogue catalogue) {
        if (questionnaires.stream().anyMatch(Questionnaire::typed)) {
            return RiskModel.score(questionnaires, runs, catalogue);
        }
        return NoisyOrModel.score(questionnaires, runs);
    }
}
