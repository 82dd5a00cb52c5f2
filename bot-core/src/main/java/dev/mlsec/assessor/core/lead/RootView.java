package dev.mlsec.assessor.core.lead;

import dev.mlsec.assessor.core.report.AssessmentStatus;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;

/**
 * An assessment's root message in its channel, in words: what it is about, a button per questionnaire,
 * and the progress line (counts only: never who, never what).
 */
public record RootView(String code, String title, String intro, List<Entry> questionnaires, String progress,
                       String footnote) {

    public RootView {
        questionnaires = List.copyOf(questionnaires);
    }

    /** One questionnaire offered on the root message. */
    public record Entry(String questionnaireId, String title, String audience, String intro, String button) {
    }

    public static RootView of(AssessmentStatus status, List<Questionnaire> questionnaires) {
        String intro = "We are assessing how exposed " + status.name() + " is to model poisoning, evasion, stealing and "
                + "training-data inference. Answer the questionnaires meant for you: the questions come in a message only "
                + "you can see, and your answers are counted anonymously, so nobody can tell who gave them.";
        List<Entry> entries = questionnaires.stream()
                .map(q -> new Entry(q.id(), q.title(), q.audience(), q.intro(), "Answer " + q.title())).toList();
        return new RootView(status.code(), "ML security assessment: " + status.name(), intro, entries, status.line(),
                "Assessment code " + status.code());
    }
}
