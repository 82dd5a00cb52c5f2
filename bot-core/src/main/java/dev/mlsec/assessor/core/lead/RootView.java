package dev.mlsec.assessor.core.lead;

import dev.mlsec.assessor.core.identity.Promises;
import dev.mlsec.assessor.core.report.AssessmentStatus;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An assessment's root message in its channel, in words: what it is about, a button per questionnaire,
 * and the progress line (counts only: never who, never what). The system's name is what a lead typed,
 * so every text that shows it takes the channel's way of showing typed text as itself.
 */
public record RootView(String code, String systemName, List<Entry> questionnaires, String progress, String promise) {

    public RootView {
        questionnaires = List.copyOf(questionnaires);
    }

    /** The root message of an assessment that is not private. */
    public RootView(String code, String systemName, List<Entry> questionnaires, String progress) {
        this(code, systemName, questionnaires, progress, Promises.ROOT);
    }

    /** One questionnaire offered on the root message. */
    public record Entry(String questionnaireId, String title, String audience, String intro, String button) {
    }

    public static RootView of(AssessmentStatus status, List<Questionnaire> questionnaires) {
        List<Entry> entries = questionnaires.stream()
                .map(q -> new Entry(q.id(), q.title(), q.audience(), q.intro(), "Answer " + q.title())).toList();
        return new RootView(status.code(), status.name(), entries, status.line(),
                status.isPrivate() ? Promises.rootPrivate(status.privateUntil()) : Promises.ROOT);
    }

    public String title(UnaryOperator<String> typed) {
        return "ML security assessment: " + typed.apply(systemName);
    }

    public String intro(UnaryOperator<String> typed) {
        return "We are assessing how exposed " + typed.apply(systemName) + " is to model poisoning, evasion, stealing and "
                + "training-data inference. Answer the questionnaires meant for you: the questions come in a message only "
                + "you can see. " + promise;
    }

    public String footnote() {
        return "Assessment code `" + code + "`";
    }

    /** What the lead is told once the root message is posted. */
    public String confirmation(UnaryOperator<String> typed) {
        return "Assessment `" + code + "` for " + typed.apply(systemName) + " is posted here; follow it with its status "
                + "and report, by its code.";
    }
}
