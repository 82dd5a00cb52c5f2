package dev.mlsec.assessor.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.app.MlsecAssessorApplication;
import dev.mlsec.assessor.core.due.DueItem;
import dev.mlsec.assessor.core.due.DueJob;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.remind.DirectMessageBoard;
import dev.mlsec.assessor.core.remind.RemindMeDesk;
import dev.mlsec.assessor.core.remind.ReminderSender;
import dev.mlsec.assessor.core.store.EmbeddedMongo;
import dev.mlsec.assessor.core.store.MongoDueItems;
import dev.mlsec.assessor.core.view.RemindMe;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Two app instances sharing one store send each due reminder exactly once, and one lost by a dead instance is sent by the other. */
class TwoInstancesDueItemsTest {

    private static final int RESPONDENTS = 12;

    @TempDir
    Path data;

    private final List<String> sent = new CopyOnWriteArrayList<>();

    private ConfigurableApplicationContext instance(String uri, Path dir) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MlsecAssessorApplication.class).web(WebApplicationType.NONE)
                .run("--mlsec.mongodb-uri=" + uri, "--mlsec.secret=" + "s".repeat(40), "--mlsec.data-dir=" + dir);
        app.getBean(DirectMessageBoard.class).attach(Platform.SLACK, (to, message) -> sent.add(to.user() + " " + message.runId()));
        return app;
    }

    /** Pauses a run for each respondent and asks for a reminder; returns the reminders' item ids. */
    private static List<String> remindersAsked(ConfigurableApplicationContext app) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RESPONDENTS; i++) {
            Respondent who = new Respondent(Platform.SLACK, "T1", "U" + i);
            ConversationEngine engine = app.getBean(ConversationEngine.class);
            Reply.Prompt started = (Reply.Prompt) engine.handle(who, new Command.Start("security", Optional.empty()));
            engine.handle(who, new Command.Pause(started.run().runId()));
            app.getBean(RemindMeDesk.class).remind(who, started.run().runId(), RemindMe.TOMORROW);
            ids.add(RemindMeDesk.itemId(started.run().runId()));
        }
        return ids;
    }

    /** The day passes: each reminder falls due now (the app's clock is the system's). */
    private static void fallDue(MongoDueItems items, List<String> ids) {
        ids.forEach(id -> items.schedule(items.find(id).orElseThrow().at(Instant.now().minusSeconds(1))));
    }

    @Test
    void two_instances_running_the_due_job_at_once_send_each_reminder_exactly_once() throws Exception {
        try (EmbeddedMongo store = EmbeddedMongo.inMemory();
             ConfigurableApplicationContext first = instance(store.connectionString() + "/mlsec", data.resolve("a"));
             ConfigurableApplicationContext second = instance(store.connectionString() + "/mlsec", data.resolve("b"))) {
            List<String> ids = remindersAsked(first);
            fallDue(first.getBean(MongoDueItems.class), ids);

            // both instances at once, past the job lock (which would only let one run): the item claims alone decide
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext app : List.of(first, second, first, second)) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return app.getBean(ReminderSender.class).sendDue();
                }));
            }
            go.countDown();
            int done = 0;
            for (Future<Integer> run : runs) {
                done += run.get();
            }
            pool.shutdown();
            first.getBean(DueJobs.class).sendReminders();
            second.getBean(DueJobs.class).sendReminders();

            assertThat(done).isEqualTo(RESPONDENTS);
            assertThat(sent).hasSize(RESPONDENTS).doesNotHaveDuplicates();
            assertThat(first.getBean(MongoDueItems.class).ids(RemindMeDesk.KIND)).isEmpty();
            // the scheduled job ran under its ShedLock lock, kept in the same store
            assertThat(first.getBean(MongoTemplate.class).getCollection("shedLock").find(new Document("_id", "due-reminders")).first())
                    .isNotNull();
        }
    }

    @Test
    void a_reminder_claimed_by_an_instance_that_died_is_sent_by_the_other_once_the_claim_expires() {
        try (EmbeddedMongo store = EmbeddedMongo.inMemory();
             ConfigurableApplicationContext first = instance(store.connectionString() + "/mlsec", data.resolve("a"));
             ConfigurableApplicationContext second = instance(store.connectionString() + "/mlsec", data.resolve("b"))) {
            String id = remindersAsked(first).get(0);
            MongoDueItems items = first.getBean(MongoDueItems.class);
            DueItem item = items.find(id).orElseThrow();
            items.schedule(item.at(Instant.now().minusSeconds(1)));
            // the first instance claims it and dies before sending: nothing completes or releases the claim
            items.claimNext(RemindMeDesk.KIND, Instant.now(), DueJob.HOLD).orElseThrow();
            assertThat(second.getBean(ReminderSender.class).sendDue()).isZero();
            assertThat(sent).isEmpty();

            // a claim taken a whole hold ago has expired, as it has for a claimer killed that long ago
            items.schedule(item.at(Instant.now().minus(DueJob.HOLD).minusSeconds(1)));
            items.claimNext(RemindMeDesk.KIND, Instant.now().minus(DueJob.HOLD), DueJob.HOLD).orElseThrow();
            assertThat(second.getBean(ReminderSender.class).sendDue()).isEqualTo(1);
            assertThat(sent).hasSize(1);
            assertThat(items.ids(RemindMeDesk.KIND)).doesNotContain(id);
        }
    }
}
