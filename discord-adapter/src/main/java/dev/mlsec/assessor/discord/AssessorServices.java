package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The core the Discord adapter calls: the engine for respondents, the lead desk for leads, homes for everyone. */
public record AssessorServices(ConversationEngine engine, LeadDesk desk, Optional<HomeService> home) {

    public AssessorServices {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(home, "home");
    }

    /** Without homes: {@code /mlsec home} then says it is not available. */
    public AssessorServices(ConversationEngine engine, LeadDesk desk) {
        this(engine, desk, Optional.empty());
    }

    public List<Questionnaire> questionnaires() {
        return engine.questionnaires();
    }
}
