package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.remind.ThreadReminders;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.core.testing.TestClock;
import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import dev.mlsec.assessor.discord.fake.RecordedRequest;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Thread reminders through real JDA against the fake Discord: set by a lead, posted beside the assessment's message by the clock. */
class DiscordThreadRemindersTest {

    private static final String GUILD = "100000000000000001";
    private static final List<String> QUESTIONNAIRES = List.of("risk-impact", "attack-surface", "security");

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final TestAssessor core = TestAssessor.with(QuestionnaireLoader.loadBundled(), clock);
    private final FakeDiscord discord = FakeDiscord.start();
    private final Actor lead = FakeDiscord.guildUser(GUILD, "400000000000000001", FakeDiscord.MANAGE_SERVER);
    private DiscordBot bot;

    @BeforeEach
    void start() throws InterruptedException {
        bot = DiscordBot.start(discord.settings(), new AssessorServices(core.engine(), core.desk()), Duration.ofSeconds(20));
        core.roots().attach(Platform.DISCORD, bot.rootMessages());
        core.threadPosts().attach(Platform.DISCORD, new DiscordThreadPosts(discord.settings()));
    }

    @AfterEach
    void stop() {
        bot.close();
        discord.close();
        core.close();
    }

    /** A new assessment's code and message id, once the bot has stored where the message is. */
    private String[] newAssessment(String name) {
        Interaction created = discord.slash(lead, "new", Map.of("name", name));
        DataObject shown = discord.awaitShown(created);
        Matcher code = Pattern.compile("Assessment code `([^`]+)`").matcher(shown.getArray("embeds").getObject(0).getString("description"));
        assertThat(code.find()).isTrue();
        Instant until = Instant.now().plusSeconds(10);
        while (core.assessments().location(code.group(1)).isEmpty()) {
            assertThat(Instant.now()).as("the assessment's message is placed").isBefore(until);
            Thread.onSpinWait();
        }
        return new String[] {code.group(1), discord.messageOf(created)};
    }

    private String said(Actor who, String code, String every) {
        return discord.awaitShown(discord.slash(who, "remind", Map.of("code", code, "every", every))).getString("content");
    }

    private List<RecordedRequest> reminders() {
        return discord.requests().stream().filter(r -> r.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                && r.body().getString("content", "").contains("Reminder:")).toList();
    }

    private void complete(String code, String questionnaire, int n) {
        Respondent who = new Respondent(Platform.DISCORD, GUILD, "5000000000000000" + n + questionnaire.length());
        Reply reply = core.engine().handle(who, new Command.Start(questionnaire, Optional.of(code)));
        while (reply instanceof Reply.Prompt p) {
            var options = p.question().options().stream().filter(o -> !o.exclusive()).toList();
            reply = core.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(), List.of(options.get(0).id())));
        }
        assertThat(reply).isInstanceOf(Reply.Completed.class);
    }

    @Test
    void a_lead_sets_a_cadence_and_a_reminder_naming_nobody_replies_to_the_assessments_message_each_time_it_is_due() {
        String[] root = newAssessment("Fraud model");
        assertThat(said(lead, root[0], "every 2w")).isEqualTo("I'll post a reminder in the thread of " + root[0]
                + " every 2 weeks, until every questionnaire has 3 completed answers or the round closes.");
        clock.advance(Duration.ofDays(14).minusMinutes(1));
        assertThat(core.threadReminders().postDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(core.threadReminders().postDue()).isEqualTo(1);

        RecordedRequest post = discord.await(r -> r.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                && r.body().getString("content", "").contains("Reminder:"));
        assertThat(post.body().getObject("message_reference").getString("message_id")).isEqualTo(root[1]);
        assertThat(post.body().getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
        assertThat(post.body().getString("content")).startsWith("\uD83D\uDD14 Reminder: 3 of 3 questionnaire(s) still need more "
                + "completed answers (").contains("Risk and impact assessment", "Security of your ML system")
                .endsWith("). Each takes a few minutes, and names and ids are never stored; press a button below to answer.");
        assertThat(LiveBot.customIds(post.body())).containsExactlyInAnyOrder("q:" + root[0] + ":risk-impact",
                "q:" + root[0] + ":attack-surface", "q:" + root[0] + ":security");
        assertThat(post.json()).doesNotContain(lead.userId(), GUILD, "<@", "@everyone", "@here");
    }

    @Test
    void reminders_stop_once_every_questionnaire_has_k_completed_answer_sets() {
        String code = newAssessment("Fraud model")[0];
        said(lead, code, "every 1d");
        for (String q : QUESTIONNAIRES) {
            for (int i = 0; i < core.anonymity().k(); i++) {
                complete(code, q, i);
            }
        }
        clock.advance(Duration.ofDays(1));
        assertThat(core.threadReminders().postDue()).isEqualTo(1);
        assertThat(reminders()).isEmpty();
        assertThat(core.dueItems().ids(ThreadReminders.KIND)).isEmpty();
    }

    @Test
    void reminders_stop_when_the_round_closes_and_off_stops_them_too() {
        String closing = newAssessment("Fraud model")[0];
        String turnedOff = newAssessment("Spam model")[0];
        said(lead, closing, "every 1d");
        said(lead, turnedOff, "every 1d");
        discord.awaitShown(discord.slash(lead, "close", Map.of("code", closing)));
        assertThat(said(lead, turnedOff, "off")).isEqualTo("Reminders for " + turnedOff + " are off.");
        clock.advance(Duration.ofDays(1));
        core.threadReminders().postDue();
        assertThat(reminders()).isEmpty();
        assertThat(core.dueItems().ids(ThreadReminders.KIND)).isEmpty();
    }

    @Test
    void bad_intervals_unknown_and_foreign_codes_closed_rounds_and_members_get_one_sentence_and_change_nothing() {
        String code = newAssessment("Fraud model")[0];
        String closed = newAssessment("Old model")[0];
        discord.awaitShown(discord.slash(lead, "close", Map.of("code", closed)));
        String before = core.dump();

        assertThat(said(lead, code, "every 0d")).isEqualTo("An interval must be at least one day.");
        assertThat(said(lead, code, "every 10000d")).startsWith("An interval may be at most 3650 days");
        assertThat(said(lead, code, "every 3")).startsWith("A number alone is not an interval");
        assertThat(said(lead, closed, "every 3d")).isEqualTo("That round is closed, so there is nobody left to remind.");
        String unknown = said(lead, "ZZZ-99999", "every 3d");
        Actor foreignLead = FakeDiscord.guildUser("100000000000000002", "400000000000000002", FakeDiscord.MANAGE_SERVER);
        assertThat(said(foreignLead, code, "every 3d")).isEqualTo(unknown);
        Actor member = FakeDiscord.guildUser(GUILD, "400000000000000003", FakeDiscord.MEMBER);
        assertThat(said(member, code, "every 3d")).isEqualTo(InteractionHandler.NOT_A_LEAD);
        assertThat(core.dump()).isEqualTo(before);
    }
}
