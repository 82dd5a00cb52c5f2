package dev.mlsec.assessor.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.app.MlsecAssessorApplication;
import dev.mlsec.assessor.core.due.DueJob;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.round.RoundStore;
import dev.mlsec.assessor.core.schedule.RoundSchedules;
import dev.mlsec.assessor.core.store.EmbeddedMongo;
import dev.mlsec.assessor.core.store.MongoDueItems;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

/** Two app instances sharing one store open a due round exactly once, and one lost by a dead instance is opened by the other. */
class TwoInstancesScheduledRoundsTest {

    private static final Space SPACE = new Space(Platform.CONSOLE, "console");

    @TempDir
    Path data;

    private static ConfigurableApplicationContext instance(String uri, Path dir) {
        return new SpringApplicationBuilder(MlsecAssessorApplication.class).web(WebApplicationType.NONE)
                .run("--mlsec.mongodb-uri=" + uri, "--mlsec.secret=" + "s".repeat(40), "--mlsec.data-dir=" + dir);
    }

    @Test
    void two_instances_running_the_schedule_job_at_once_open_the_due_round_exactly_once() throws Exception {
        try (EmbeddedMongo store = EmbeddedMongo.inMemory();
             ConfigurableApplicationContext first = instance(store.connectionString() + "/mlsec", data.resolve("a"));
             ConfigurableApplicationContext second = instance(store.connectionString() + "/mlsec", data.resolve("b"))) {
            LeadDesk desk = first.getBean(LeadDesk.class);
            String code = ((LeadAnswer.Created) desk.handleForOperator(SPACE, new LeadRequest.New("Fraud model"))).root().code();
            assertThat(desk.handleForOperator(SPACE, new LeadRequest.Schedule(code, "every 90d"))).isInstanceOf(LeadAnswer.Scheduled.class);
            // the ninety days pass: the schedule falls due now (the app's clock is the system's)
            MongoDueItems items = first.getBean(MongoDueItems.class);
            String id = items.ids(RoundSchedules.KIND).get(0);
            items.schedule(items.find(id).orElseThrow().at(Instant.now().minusSeconds(1)));

            // both instances at once, past the job lock (which would only let one run): the claim and the round store decide
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext app : List.of(first, second, first, second)) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return app.getBean(ScheduledRounds.class).schedules().openDue();
                }));
            }
            go.countDown();
            int done = 0;
            for (Future<Integer> run : runs) {
                done += run.get();
            }
            pool.shutdown();
            first.getBean(ScheduledRounds.class).openDue();
            second.getBean(ScheduledRounds.class).openDue();

            assertThat(done).isEqualTo(1);
            assertThat(first.getBean(RoundStore.class).ofSystem(code)).extracting(r -> r.number()).containsExactly(2);
            String next = first.getBean(RoundStore.class).ofSystem(code).get(0).code();
            assertThat(items.find(id).orElseThrow().data()).containsEntry("after", next);
            assertThat(items.find(id).orElseThrow().due()).isAfter(Instant.now().plusSeconds(89L * 24 * 3600));
            assertThat(first.getBean(MongoTemplate.class).getCollection("shedLock").find(new Document("_id", ScheduledRounds.LOCK)).first())
                    .isNotNull();
        }
    }

    @Test
    void a_due_round_claimed_by_an_instance_that_died_is_opened_by_the_other_once_the_claim_expires() {
        try (EmbeddedMongo store = EmbeddedMongo.inMemory();
             ConfigurableApplicationContext first = instance(store.connectionString() + "/mlsec", data.resolve("a"));
             ConfigurableApplicationContext second = instance(store.connectionString() + "/mlsec", data.resolve("b"))) {
            LeadDesk desk = first.getBean(LeadDesk.class);
            String code = ((LeadAnswer.Created) desk.handleForOperator(SPACE, new LeadRequest.New("Fraud model"))).root().code();
            desk.handleForOperator(SPACE, new LeadRequest.Schedule(code, "every 90d"));
            MongoDueItems items = first.getBean(MongoDueItems.class);
            String id = items.ids(RoundSchedules.KIND).get(0);
            var item = items.find(id).orElseThrow();
            items.schedule(item.at(Instant.now().minusSeconds(1)));
            // the first instance claims it and dies before opening the round
            items.claimNext(RoundSchedules.KIND, Instant.now(), DueJob.HOLD).orElseThrow();
            assertThat(second.getBean(ScheduledRounds.class).schedules().openDue()).isZero();
            assertThat(first.getBean(RoundStore.class).ofSystem(code)).isEmpty();

            // a claim taken a whole hold ago has expired, as it has for a claimer killed that long ago
            items.schedule(item.at(Instant.now().minus(DueJob.HOLD).minusSeconds(1)));
            items.claimNext(RoundSchedules.KIND, Instant.now().minus(DueJob.HOLD), DueJob.HOLD).orElseThrow();
            assertThat(second.getBean(ScheduledRounds.class).schedules().openDue()).isEqualTo(1);
            assertThat(first.getBean(RoundStore.class).ofSystem(code)).extracting(r -> r.number()).containsExactly(2);
        }
    }
}
