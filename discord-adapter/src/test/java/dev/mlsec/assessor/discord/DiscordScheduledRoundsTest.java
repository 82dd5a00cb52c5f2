package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.round.RoundOpener;
import dev.mlsec.assessor.core.schedule.RoundSchedules;
import dev.mlsec.assessor.core.testing.TestClock;
import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scheduled rounds through the real JDA client against the fake Discord; the schedule's job tells time by a moved clock. */
class DiscordScheduledRoundsTest {

    private static final Predicate<RecordedRequest> POSTED = r -> r.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages");

    private final LiveBot live = LiveBot.start();
    private final FakeDiscord discord = live.discord;
    private final Actor lead = live.lead();
    private final TestClock clock = new TestClock(Instant.now());
    /** The job that opens due rounds, on the bot's own store, with a clock the test moves. */
    private final RoundSchedules job = new RoundSchedules(live.core.assessments(), live.core.rounds(),
            new RoundOpener(live.core.assessments(), live.core.rounds(), live.core.reports(), live.core.questionnaires(),
                    live.core.roots()), live.core.dueItems(), clock);

    @AfterEach
    void close() {
        live.close();
    }

    private String say(Actor who, Map<String, String> options) {
        return live.content(discord.slash(who, "schedule", options));
    }

    private long posts() {
        return discord.requests().stream().filter(POSTED).count();
    }

    @Test
    void a_scheduled_round_opens_at_its_due_time_beside_the_last_one_whose_thread_says_it_opened_on_schedule() {
        LiveBot.Root first = live.newAssessment(lead, "Fraud model");
        assertThat(say(lead, Map.of("code", first.code(), "every", "90d")))
                .startsWith("Round 2 of `" + first.code() + "` opens by itself on ").endsWith(" Say `off` to stop.");
        assertThat(live.content(discord.slash(lead, "status", Map.of("code", first.code())))).contains("\nNext round due on ");
        long before = posts();

        clock.advance(Duration.ofDays(90).minusHours(1));
        assertThat(job.openDue()).isZero();
        live.settle(lead);
        assertThat(posts()).isEqualTo(before);

        clock.advance(Duration.ofHours(2));
        assertThat(job.openDue()).isEqualTo(1);
        RecordedRequest note = discord.await(POSTED.and(r -> r.json().contains("message_reference")));
        assertThat(note.body().getObject("message_reference").getString("message_id")).isEqualTo(first.messageId());
        String content = note.body().getString("content");
        assertThat(content).startsWith("Round 2 of this assessment was opened on schedule, with code `");
        String second = content.substring(content.indexOf('`') + 1, content.indexOf('`', content.indexOf('`') + 1));
        RecordedRequest root = discord.await(POSTED.and(r -> r.json().contains("q:" + second + ":risk-impact")));
        assertThat(root.body().getArray("components").toString()).contains("q:" + second + ":security");
        live.awaitLocation(second);
        assertThat(job.openDue()).isZero();
    }

    @Test
    void off_stops_the_schedule_and_nothing_opens_when_it_would_have_been_due() {
        LiveBot.Root first = live.newAssessment(lead, "Fraud model");
        say(lead, Map.of("code", first.code(), "every", "every 30d"));
        assertThat(say(lead, Map.of("code", first.code(), "every", "off")))
                .isEqualTo("Scheduled rounds of `" + first.code() + "` are off; open the next round by hand when you want one.");
        long before = posts();

        clock.advance(Duration.ofDays(365));
        assertThat(job.openDue()).isZero();
        live.settle(lead);
        assertThat(posts()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '~', value = {
            "lead   ~ CODE      ~ every 0d     ~ An interval must be at least 7 days here, e.g. `every 7d`.",
            "lead   ~ CODE      ~ every 10000d ~ An interval may be at most 730 days here.",
            "lead   ~ CODE      ~ 90           ~ A number alone is not an interval: add its unit, e.g. `every 90d` for days.",
            "lead   ~ CODE      ~ every 90     ~ A number alone is not an interval: add its unit, e.g. `every 90d` for days.",
            "lead   ~ CODE      ~ monthly      ~ I did not understand that: say how often as `every 3d` (days) or `every 2w` (weeks), or `off`.",
            "lead   ~ CLOSED    ~ every 90d    ~ That round is closed, so it cannot be scheduled; give the code of the system's current round.",
            "lead   ~ ZZZ-2222Q ~ every 90d    ~ UNKNOWN",
            "lead   ~ FOREIGN   ~ every 90d    ~ UNKNOWN",
            "member ~ CODE      ~ every 90d    ~ Only leads can do that",
    })
    void bad_input_gets_one_sentence_and_leaves_the_store_as_it_was(String who, String code, String every, String sentence) {
        String mine = live.newAssessment(lead, "Fraud model").code();
        String closed = live.newAssessment(lead, "Spam filter").code();
        live.content(discord.slash(lead, "close", Map.of("code", closed)));
        String foreign = live.newAssessment(live.otherGuildLead(), "Their model").code();
        String typed = code.replace("CODE", mine).replace("CLOSED", closed).replace("FOREIGN", foreign);
        live.settle(lead);
        String before = live.core.dump();

        String said = say(who.equals("lead") ? lead : live.member(), Map.of("code", typed, "every", every));

        if (sentence.equals("UNKNOWN")) {
            assertThat(said).isEqualTo(AssessorException.unknownCode().getMessage());
        } else {
            assertThat(said).startsWith(sentence);
        }
        live.settle(lead);
        assertThat(live.core.dump()).isEqualTo(before);
    }
}
