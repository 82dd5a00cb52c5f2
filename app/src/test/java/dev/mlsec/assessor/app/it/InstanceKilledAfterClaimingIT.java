package dev.mlsec.assessor.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.mlsec.assessor.app.MlsecAssessorApplication;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.remind.RemindMeDesk;
import dev.mlsec.assessor.core.store.EmbeddedMongo;
import dev.mlsec.assessor.core.store.MongoDueItems;
import dev.mlsec.assessor.core.view.RemindMe;
import dev.mlsec.assessor.slack.FakeSlackApi;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A packaged jar killed after claiming a due "Remind me" direct message, while Slack's Web API has not
 * answered it yet: a second jar sharing the store (a MongoDB wire-protocol server on a port) sends the
 * message once the claim has expired, exactly once.
 */
class InstanceKilledAfterClaimingIT {

    private static final String SECRET = "k".repeat(40);
    private static final String TEAM = "T0KILL";
    private static final String USER = "U0PAUSED";
    private static final Duration HOLD = Duration.ofSeconds(8);
    private static final Duration STEP = Duration.ofSeconds(90);

    @TempDir
    Path data;

    /** A paused run whose reminder is due now, asked through an app that serves no channel; returns the item's id. */
    private static String dueReminder(String uri, Path dir) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MlsecAssessorApplication.class)
                .web(WebApplicationType.NONE).run("--mlsec.mongodb-uri=" + uri, "--mlsec.secret=" + SECRET,
                        "--mlsec.data-dir=" + dir, "--mlsec.channels.enabled=false", "--mlsec.jobs.due-every=PT1H")) {
            Respondent who = new Respondent(Platform.SLACK, TEAM, USER);
            ConversationEngine engine = app.getBean(ConversationEngine.class);
            Reply.Prompt started = (Reply.Prompt) engine.handle(who, new Command.Start("security", Optional.empty()));
            engine.handle(who, new Command.Pause(started.run().runId()));
            app.getBean(RemindMeDesk.class).remind(who, started.run().runId(), RemindMe.TOMORROW);
            String id = RemindMeDesk.itemId(started.run().runId());
            MongoDueItems items = app.getBean(MongoDueItems.class);
            items.schedule(items.find(id).orElseThrow().at(Instant.now().minusSeconds(1)));
            return id;
        }
    }

    private static Map<String, String> env(FakeSlackApi slack, String uri) {
        return Map.of("SLACK_BOT_TOKEN", "xoxb-000000000000-jar-test", "SLACK_SIGNING_SECRET", "jar-signing-secret",
                "MLSEC_SLACK_API_URL", slack.apiUrl(), "MONGODB_URI", uri, "MLSEC_SECRET", SECRET, "PORT", "0",
                "MLSEC_JOBS_DUE_EVERY", "PT1S", "MLSEC_JOBS_CLAIM_HOLD", "PT" + HOLD.toSeconds() + "S");
    }

    private static void awaitGone(MongoDueItems items, String id, PackagedJar jar) throws InterruptedException {
        Instant until = Instant.now().plus(STEP);
        while (items.find(id).isPresent()) {
            assertThat(Instant.now()).as("the reminder is sent and deleted:\n%s", jar.output()).isBefore(until);
            Thread.sleep(50);
        }
    }

    @Test
    void a_reminder_claimed_by_an_instance_killed_before_slack_answered_is_sent_by_the_other_once_exactly() throws Exception {
        try (EmbeddedMongo store = EmbeddedMongo.inMemory(); FakeSlackApi slack = new FakeSlackApi();
             MongoClient client = MongoClients.create(store.connectionString())) {
            String uri = store.connectionString() + "/mlsec";
            String id = dueReminder(uri, data.resolve("setup"));
            MongoDueItems items = new MongoDueItems(new MongoTemplate(client, "mlsec"));
            slack.hold("conversations.open");

            Instant claimed;
            try (PackagedJar a = PackagedJar.start(data.resolve("a"), env(slack, uri), "serve")) {
                slack.await("conversations.open", 1, STEP);
                claimed = Instant.now();
                a.kill9();
                assertThat(a.output()).doesNotContain("Sent or dropped");
            }
            assertThat(items.find(id)).as("the killed instance's claim is still on the item").isPresent();
            slack.release();

            try (PackagedJar b = PackagedJar.start(data.resolve("b"), env(slack, uri), "serve")) {
                awaitGone(items, id, b);
                assertThat(Instant.now()).isAfterOrEqualTo(claimed.plus(HOLD).minusSeconds(1));
                assertThat(slack.calls("chat.postMessage")).singleElement().satisfies(dm -> {
                    assertThat(dm.param("channel")).isEqualTo("D" + USER);
                    assertThat(dm.param("text")).startsWith("Here is the reminder you asked for: ");
                });
                assertThat(slack.calls("conversations.open")).hasSize(2);
                assertThat(b.output()).contains("Sent or dropped 1 due reminder(s)").doesNotContain("\tat ", " ERROR ");
            }
        }
    }
}
