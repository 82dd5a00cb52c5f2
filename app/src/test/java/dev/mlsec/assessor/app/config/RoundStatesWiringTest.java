package dev.mlsec.assessor.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.app.MlsecAssessorApplication;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.remind.RoundStates;
import dev.mlsec.assessor.core.store.EmbeddedMongo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The assembled app's round states, which thread reminders ask before posting, follow the round store. */
class RoundStatesWiringTest {

    @TempDir
    Path data;

    @Test
    void a_round_is_open_until_it_is_closed_and_then_reads_closed() {
        try (EmbeddedMongo store = EmbeddedMongo.inMemory();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(MlsecAssessorApplication.class)
                     .web(WebApplicationType.NONE).run("--mlsec.mongodb-uri=" + store.connectionString() + "/mlsec",
                             "--mlsec.secret=" + "s".repeat(40), "--mlsec.data-dir=" + data)) {
            Space space = new Space(Platform.CONSOLE, "console");
            LeadDesk desk = app.getBean(LeadDesk.class);
            String code = ((LeadAnswer.Created) desk.handleForOperator(space, new LeadRequest.New("Fraud model"))).root().code();
            RoundStates states = app.getBean(RoundStates.class);
            assertThat(states.isOpen(code)).isTrue();

            desk.handleForOperator(space, new LeadRequest.Close(code));

            assertThat(states.isOpen(code)).isFalse();
        }
    }
}
