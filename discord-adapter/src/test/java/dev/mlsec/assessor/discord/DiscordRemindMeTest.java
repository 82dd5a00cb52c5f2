package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.core.testing.TestClock;
import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import dev.mlsec.assessor.discord.fake.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Remind me" through real JDA against the fake Discord: the press, one direct message at its time, nothing kept after. */
class DiscordRemindMeTest {

    private static final String GUILD = "100000000000000001";
    private static final String USER = "400000000000000777";

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final TestAssessor core = TestAssessor.with(dev.mlsec.assessor.questions.load.QuestionnaireLoader.loadBundled(), clock);
    private final FakeDiscord discord = FakeDiscord.start();
    private DiscordBot bot;

    @BeforeEach
    void start() throws InterruptedException {
        bot = DiscordBot.start(discord.settings(), new AssessorServices(core.engine(), core.desk(), Optional.empty(), Optional.of(core.remindMe())),
                Duration.ofSeconds(20));
        core.directMessages().attach(Platform.DISCORD, bot.directMessages());
    }

    @AfterEach
    void stop() {
        bot.close();
        discord.close();
        core.close();
    }

    private static List<String> ids(DataObject shown) {
        return LiveBot.customIds(shown);
    }

    /** A run started and paused by {@code who}: the paused message's id and the run's id. */
    private String[] paused(Actor who) {
        Interaction start = discord.slash(who, "start", Map.of("questionnaire", "security"));
        DataObject first = discord.awaitShown(start);
        String run = ids(first).get(0).split(":")[1];
        String message = discord.messageOf(start);
        Interaction pause = discord.button(who, message, "p:" + run);
        DataObject shown = discord.awaitShown(pause);
        assertThat(shown.getString("content")).startsWith("Paused ");
        assertThat(ids(shown)).containsExactly("s:" + run + ":-", "r:" + run + ":1d", "r:" + run + ":7d");
        return new String[] {message, run};
    }

    private List<RecordedRequest> directMessages() {
        return discord.requests().stream().filter(r -> r.is("POST", "/channels/") && r.body().getString("content", "")
                .startsWith("Here is the reminder")).toList();
    }

    @Test
    void a_paused_member_gets_one_direct_message_at_the_time_they_chose_and_their_address_is_gone_afterwards() {
        Actor who = FakeDiscord.guildUser(GUILD, USER, FakeDiscord.MEMBER);
        String[] paused = paused(who);
        String run = paused[1];
        Interaction remind = discord.button(who, paused[0], "r:" + run + ":7d");
        assertThat(discord.awaitShown(remind).getString("content")).startsWith("I'll send you one direct message in a week");
        assertThat(discord.ephemeral(remind)).isTrue();
        assertThat(core.dump()).contains("remind-me:" + run).doesNotContain(USER, GUILD);

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(core.reminders().sendDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(core.reminders().sendDue()).isEqualTo(1);
        assertThat(core.reminders().sendDue()).isZero();

        assertThat(discord.requests().stream().filter(r -> r.is("POST", "/users/@me/channels")))
                .singleElement().satisfies(r -> assertThat(r.body().getString("recipient_id")).isEqualTo(USER));
        assertThat(directMessages()).singleElement().satisfies(dm -> {
            assertThat(dm.body().getString("content")).isEqualTo("Here is the reminder you asked for: Security of your ML "
                    + "system is paused, with your 0 answer(s) kept. Press Resume to carry on where you stopped.");
            assertThat(ids(dm.body())).containsExactly("s:" + run + ":" + GUILD);
        });
        assertThat(core.dump()).doesNotContain("remind-me", USER, GUILD);

        // pressed in the direct message, the button shows the run begun in the server
        Interaction resumed = discord.button(FakeDiscord.dmUser(USER), paused[0], "s:" + run + ":" + GUILD);
        assertThat(discord.awaitShown(resumed).getString("content")).startsWith("**Security of your ML system**");
    }

    @Test
    void resume_on_the_paused_message_shows_the_question_where_the_run_stopped() {
        Actor who = FakeDiscord.guildUser(GUILD, "400000000000000779", FakeDiscord.MEMBER);
        String[] paused = paused(who);
        Interaction resume = discord.button(who, paused[0], "s:" + paused[1] + ":-");
        DataObject shown = discord.awaitShown(resume);
        assertThat(shown.getString("content")).startsWith("**Security of your ML system**").contains("Question 1 of");
        assertThat(ids(shown)).contains("p:" + paused[1]);
    }

    @Test
    void a_reminder_press_on_someone_elses_run_is_answered_like_an_unknown_run_and_stores_nothing() {
        String[] paused = paused(FakeDiscord.guildUser(GUILD, USER, FakeDiscord.MEMBER));
        String before = core.dump();
        Actor other = FakeDiscord.guildUser(GUILD, "400000000000000778", FakeDiscord.MEMBER);
        Interaction foreign = discord.button(other, paused[0], "r:" + paused[1] + ":1d");
        assertThat(discord.awaitShown(foreign).getString("content")).startsWith("I can't find that questionnaire run.");
        Interaction odd = discord.button(other, paused[0], "r:" + paused[1] + ":5d");
        assertThat(discord.awaitShown(odd).getString("content")).isEqualTo(InteractionHandler.NOT_OURS);
        assertThat(core.dump()).isEqualTo(before);
    }
}
