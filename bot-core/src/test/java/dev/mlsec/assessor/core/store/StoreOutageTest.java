package dev.mlsec.assessor.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.LocationSeal;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.engine.EngineListener;
import dev.mlsec.assessor.core.engine.NoisyOrSummary;
import dev.mlsec.assessor.core.engine.Refusal;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.engine.Throttle;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Pseudonymizer;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.ServerSecret;
import dev.mlsec.assessor.core.run.StoreUnavailableException;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

class StoreOutageTest {

    @TempDir
    Path data;

    private final Respondent alice = new Respondent(Platform.SLACK, "T1", "U1");

    @Test
    void while_the_store_is_away_a_step_is_refused_politely_and_afterwards_nothing_is_lost() {
        EmbeddedMongo store = EmbeddedMongo.onFile(data);
        int port = store.port();
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                // seconds, as the app's: longer than the driver's half second between checks of a server it lost,
                // so a write (which, unlike a read, the driver does not retry) finds the store as soon as it is back
                .applyToClusterSettings(c -> c.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(500, TimeUnit.MILLISECONDS).readTimeout(2, TimeUnit.SECONDS))
                .build());
        try {
            MongoTemplate mongo = new MongoTemplate(client, "mlsec");
            ServerSecret secret = ServerSecret.random();
            Pseudonymizer pseudonyms = new Pseudonymizer(secret);
            ConversationEngine engine = new ConversationEngine(List.of(TestAssessor.testQuestionnaire("pipeline")),
                    new GuardedRunStore(new MongoRunStore(mongo)), new MongoCounterStore(mongo),
                    new AssessmentService(new MongoAssessmentStore(mongo), pseudonyms, new LocationSeal(secret), Clock.systemUTC()),
                    pseudonyms, new NoisyOrSummary(), EngineListener.NONE, Throttle.NONE, Clock.systemUTC());
            Reply.Prompt first = (Reply.Prompt) engine.handle(alice, new Command.Start("pipeline", Optional.empty()));
            String id = first.run().runId();
            engine.handle(alice, new Command.Answer(id, "sources", List.of("in-house")));

            store.close();
            Reply during = engine.handle(alice, new Command.Answer(id, "output", List.of("label")));
            assertThat(during).isEqualTo(new Reply.Refused(Refusal.STORE_UNAVAILABLE,
                    "The answer store is temporarily unavailable. Your earlier answers are safe; please try again in a minute.",
                    Optional.empty()));

            store = EmbeddedMongo.onFile(data, port);
            Reply after = engine.handle(alice, new Command.Answer(id, "output", List.of("label")));
            assertThat(after).isInstanceOf(Reply.Prompt.class);
            assertThat(((Reply.Prompt) after).question().id()).isEqualTo("notes");
            assertThat(((Reply.Prompt) after).progress().answered()).isEqualTo(2);
        } finally {
            client.close();
            store.close();
        }
    }

    @Test
    void every_store_reports_an_unreachable_store_as_store_unavailable() {
        EmbeddedMongo store = EmbeddedMongo.onFile(data);
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(300, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(300, TimeUnit.MILLISECONDS).readTimeout(1, TimeUnit.SECONDS))
                .build());
        try {
            MongoTemplate mongo = new MongoTemplate(client, "mlsec");
            new MongoStoreProbe(mongo).ping();
            store.close();
            assertThatThrownBy(() -> new MongoStoreProbe(mongo).ping()).isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> new MongoAssessmentStore(mongo).find("FRD-7K2QX"))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> new MongoCounterStore(mongo).all()).isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> new MongoCompletedRuns(mongo).ofAssessment("FRD-7K2QX"))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> new GuardedRunStore(new MongoRunStore(mongo)).find("r".repeat(22)))
                    .isInstanceOf(StoreUnavailableException.class);
        } finally {
            client.close();
        }
    }
}
