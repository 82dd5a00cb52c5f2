package dev.mlsec.assessor.core.engine;

import dev.mlsec.assessor.core.assessment.AssessmentDirectory;
import dev.mlsec.assessor.core.assessment.AssessmentRef;
import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.QuestionnaireFlow;
import dev.mlsec.assessor.questions.Section;
import java.util.Map;
import java.util.Optional;

/** Builds what the respondent sees of a run: the current question with its progress. */
final class Prompts {

    private final Map<String, Questionnaire> questionnaires;
    private final AssessmentDirectory assessments;

    Prompts(Map<String, Questionnaire> questionnaires, AssessmentDirectory assessments) {
        this.questionnaires = questionnaires;
        this.assessments = assessments;
    }

    RunRef ref(Run run) {
        Questionnaire q = questionnaires.get(run.questionnaireId());
        Optional<AssessmentRef> assessment = run.assessmentCode().flatMap(assessments::find);
        return new RunRef(run.id(), run.questionnaireId(), q == null ? run.questionnaireId() : q.title(),
                run.assessmentCode(), assessment.map(AssessmentRef::name));
    }

    Reply.Prompt current(Run run, QuestionnaireFlow flow, Notice notice) {
        Questionnaire questionnaire = flow.questionnaire();
        String currentId = run.current().orElseThrow(() -> new IllegalStateException("a completed run has no question"));
        Question question = questionnaire.question(currentId).orElseThrow();
        String sectionTitle = questionnaire.section(question.sectionId()).map(Section::title).orElse("");
        boolean canGoBack = flow.previous(run.answers(), currentId).isPresent();
        return new Reply.Prompt(ref(run), question, sectionTitle, flow.progress(run.answers(), currentId),
                run.answers().chosen(currentId), canGoBack, notice);
    }
}
