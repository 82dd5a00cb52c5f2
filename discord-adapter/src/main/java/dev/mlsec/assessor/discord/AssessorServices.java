package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.remind.RemindMeDesk;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The core the Discord adapter calls: the engine for respondents, the lead desk for leads, homes for
 * everyone, and the desk for "Remind me" presses (without it such a press is an unknown control).
 */
public record AssessorServices(ConversationEngine engine, LeadDesk desk, Optional<HomeService> home,
                               Optional<RemindMeDesk> remindMe) {

    public AssessorServices {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(remindMe, "remindMe");
    }

    /** Without homes or reminders: {@code /mlsec home} then says it is not available. */
    public AssessorServices(ConversationEngine engine, LeadDesk desk) {
        this(engine, desk, Optional.empty(), Optional.empty());
    }

    public List<Questionnaire> questionnaires() {
        return engine.questionnaires();
    }
}
