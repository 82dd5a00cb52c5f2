package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.export.AnswerExport;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.trends.TrendsService;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;
import java.util.Objects;

/** The core services the Discord adapter calls. */
public record AssessorServices(ConversationEngine engine, AssessmentService assessments, ReportService reports,
                               TrendsService trends, AnswerExport exports) {

    public AssessorServices {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(trends, "trends");
        Objects.requireNonNull(exports, "exports");
    }

    public List<Questionnaire> questionnaires() {
        return engine.questionnaires();
    }
}
