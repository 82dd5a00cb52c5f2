package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Discord answers 10062 (Unknown interaction) to an acknowledgement that came too late. The bot
 * counts it and logs one concise line, without the library's stack trace.
 */
class DiscordLateAcknowledgementTest {

    private final LiveBot live = LiveBot.start();

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void a_reply_discord_no_longer_knows_is_counted_and_logged_in_one_line_without_a_stack_trace() {
        try (LogCapture log = LogCapture.start()) {
            live.discord.expireCallbacks(1);

            Interaction help = live.discord.slash(live.member(), "help", Map.of());

            awaitLate(1);
            assertThat(log.lines()).filteredOn(line -> line.contains("10062")).hasSize(1)
                    .allSatisfy(line -> assertThat(line).doesNotContain(" | ", "Exception"));
            assertThat(log.lines()).allSatisfy(line -> assertThat(line).doesNotContain(" | "));
            assertThat(live.discord.requestsOf(help)).hasSize(1);
        }
    }

    @Test
    void a_deferred_answer_discord_no_longer_knows_is_counted_and_its_follow_up_logs_no_stack_trace() {
        Actor member = live.member();
        try (LogCapture log = LogCapture.start()) {
            live.discord.expireCallbacks(1);

            live.discord.slash(member, "start", Map.of("questionnaire", "security"));

            awaitLate(1);
            live.settle(member);
            assertThat(log.lines()).filteredOn(line -> line.contains("10062")).hasSize(1);
            assertThat(log.lines()).filteredOn(line -> line.contains("RestFailures")).hasSize(1);
            assertThat(log.lines()).allSatisfy(line -> assertThat(line).doesNotContain(" | "));
        }
    }

    private void awaitLate(long count) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (live.bot.lateAcknowledgements() < count && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(live.bot.lateAcknowledgements()).isEqualTo(count);
    }

}
