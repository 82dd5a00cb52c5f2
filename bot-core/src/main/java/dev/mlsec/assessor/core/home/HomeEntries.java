package dev.mlsec.assessor.core.home;

import dev.mlsec.assessor.core.report.AssessmentReport;
import dev.mlsec.assessor.core.report.AssessmentStatus;
import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.QuestionnaireFlow;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The words and buttons of each kind of entry on a home. */
final class HomeEntries {

    static final String RESUME = "Resume";
    static final String START = "Start";
    static final String REPORT = "Report";

    private HomeEntries() {
    }

    /** An open run: its questionnaire, where it stands, and whether it counts toward an assessment. */
    static HomeView.Entry open(Run run, Questionnaire questionnaire) {
        String where = run.assessmentCode().map(code -> "for assessment `" + code + "`").orElse("on your own");
        String paused = run.state() == dev.mlsec.assessor.core.run.RunState.PAUSED ? "paused" : "in progress";
        return new HomeView.Entry(questionnaire.title(), false, progress(run, questionnaire) + " · " + paused + " · " + where,
                List.of(new HomeView.Button(new HomeView.Action.Resume(run.id(), run.questionnaireId()), RESUME)));
    }

    /** A questionnaire to answer on one's own, for whom it is meant. */
    static HomeView.Entry startable(Questionnaire questionnaire) {
        return new HomeView.Entry(questionnaire.title(), false, "For " + questionnaire.audience(),
                List.of(new HomeView.Button(new HomeView.Action.Start(questionnaire.id()), START)));
    }

    /** An assessment, for its leads: its code, how many completed each questionnaire, and its bands once shown. */
    static HomeView.Entry assessment(AssessmentReport report) {
        String counts = new AssessmentStatus(report.code(), report.systemName(), report.coverage()).line();
        String bands = report.picture().map(p -> " · Bands: " + p.attacks().stream()
                .map(HomeEntries::band).collect(Collectors.joining(", "))).orElse(" · Scores not shown yet");
        return new HomeView.Entry(report.systemName(), true, "`" + report.code() + "` · " + counts + bands,
                List.of(new HomeView.Button(new HomeView.Action.Report(report.code()), REPORT)));
    }

    private static String band(AttackScore score) {
        return score.attack().title().toLowerCase(java.util.Locale.ROOT) + " " + score.band().id();
    }

    /** e.g. "Question 3 of ~14"; a run whose questions changed shows how many it has answered. */
    private static String progress(Run run, Questionnaire questionnaire) {
        QuestionnaireFlow flow = new QuestionnaireFlow(questionnaire);
        Optional<String> current = run.current().or(() -> flow.next(run.answers()).map(Question::id))
                .filter(id -> questionnaire.question(id).isPresent() && run.hash().equals(questionnaire.hash()));
        return current.map(id -> flow.progress(run.answers(), id).label())
                .orElse(run.answers().size() + " answered");
    }
}
