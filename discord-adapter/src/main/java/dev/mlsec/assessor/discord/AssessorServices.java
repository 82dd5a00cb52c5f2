package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;
import java.util.Objects;

/** The core the Discord adapter calls: the engine for respondents, the lead desk for leads. */
public record AssessorServices(ConversationEngine engine, LeadDesk desk) {

    public AssessorServices {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(desk, "desk");
    }

    public List<Questionnaire> questionnaires() {
        return engine.questionnaires();
    }
}
