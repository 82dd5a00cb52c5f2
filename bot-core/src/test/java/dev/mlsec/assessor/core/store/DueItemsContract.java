package dev.mlsec.assessor.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.due.Claim;
import dev.mlsec.assessor.core.due.DueItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What due items must do on every store the bot runs on: the embedded server always, a real MongoDB where one is given. */
abstract class DueItemsContract {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Duration HOLD = Duration.ofMinutes(5);

    protected abstract MongoTemplate mongo();

    private MongoDueItems items;

    @BeforeEach
    void fresh() {
        mongo().getCollection(MongoDueItems.COLLECTION).drop();
        items = new MongoDueItems(mongo());
        items.ensureIndexes();
    }

    private static DueItem item(String id, Instant due) {
        return new DueItem(id, "test", due, Map.of("sealed", "x"));
    }

    @Test
    void an_item_not_yet_due_is_not_claimed() {
        items.schedule(item("a", NOW.plusSeconds(1)));
        assertThat(items.claimNext("test", NOW, HOLD)).isEmpty();
        assertThat(items.claimNext("test", NOW.plusSeconds(1), HOLD)).isPresent();
    }

    @Test
    void an_item_of_another_kind_is_not_claimed() {
        items.schedule(new DueItem("a", "other", NOW, Map.of()));
        assertThat(items.claimNext("test", NOW, HOLD)).isEmpty();
    }

    @Test
    void many_claimers_at_once_get_each_due_item_exactly_once() throws Exception {
        for (int i = 0; i < 20; i++) {
            items.schedule(item("item-" + i, NOW));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<String>>> claimers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            claimers.add(pool.submit(() -> {
                go.await();
                List<String> mine = new ArrayList<>();
                for (Optional<Claim> c = items.claimNext("test", NOW, HOLD); c.isPresent(); c = items.claimNext("test", NOW, HOLD)) {
                    mine.add(c.get().item().id());
                }
                return mine;
            }));
        }
        go.countDown();
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : claimers) {
            all.addAll(f.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void a_claim_not_completed_expires_and_the_item_is_claimed_again() {
        items.schedule(item("a", NOW));
        Claim lost = items.claimNext("test", NOW, HOLD).orElseThrow();
        assertThat(items.claimNext("test", NOW.plus(HOLD).minusSeconds(1), HOLD)).isEmpty();
        Claim retaken = items.claimNext("test", NOW.plus(HOLD), HOLD).orElseThrow();
        assertThat(retaken.item()).isEqualTo(lost.item());
        assertThat(retaken.token()).isNotEqualTo(lost.token());
    }

    @Test
    void an_expired_claim_cannot_complete_or_release_what_another_now_holds() {
        items.schedule(item("a", NOW));
        Claim lost = items.claimNext("test", NOW, HOLD).orElseThrow();
        Claim retaken = items.claimNext("test", NOW.plus(HOLD), HOLD).orElseThrow();
        items.release(lost);
        assertThat(items.complete(lost)).isFalse();
        assertThat(items.claimNext("test", NOW.plus(HOLD), HOLD)).isEmpty();
        assertThat(items.complete(retaken)).isTrue();
        assertThat(items.find("a")).isEmpty();
    }

    @Test
    void a_released_item_is_claimed_again_at_once() {
        items.schedule(item("a", NOW));
        items.release(items.claimNext("test", NOW, HOLD).orElseThrow());
        assertThat(items.claimNext("test", NOW, HOLD)).isPresent();
    }

    @Test
    void a_rescheduled_item_is_unclaimed_and_due_at_its_next_instant() {
        items.schedule(item("a", NOW));
        assertThat(items.reschedule(items.claimNext("test", NOW, HOLD).orElseThrow(), NOW.plus(Duration.ofDays(3)))).isTrue();
        assertThat(items.claimNext("test", NOW.plus(HOLD), HOLD)).isEmpty();
        assertThat(items.claimNext("test", NOW.plus(Duration.ofDays(3)), HOLD).map(c -> c.item().data())).contains(Map.of("sealed", "x"));
    }

    @Test
    void scheduling_an_id_again_replaces_the_item_and_its_claim() {
        items.schedule(item("a", NOW));
        items.claimNext("test", NOW, HOLD).orElseThrow();
        items.schedule(item("a", NOW.plusSeconds(60)));
        assertThat(items.ids("test")).containsExactly("a");
        assertThat(items.claimNext("test", NOW.plusSeconds(60), HOLD)).isPresent();
    }
}
