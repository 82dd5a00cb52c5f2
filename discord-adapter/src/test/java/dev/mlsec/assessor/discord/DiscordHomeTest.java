package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /mlsec home} and its buttons through real JDA against the fake gateway. */
class DiscordHomeTest {

    private static final String GUILD = "100000000000000001";
    private static final AtomicLong PEOPLE = new AtomicLong();
    private static TestAssessor core;
    private static FakeDiscord discord;
    private static DiscordBot bot;

    @BeforeAll
    static void start() throws InterruptedException {
        core = TestAssessor.withBundledQuestionnaires();
        discord = FakeDiscord.start();
        bot = DiscordBot.start(discord.settings(Optional.empty()),
                new AssessorServices(core.engine(), core.desk(), Optional.of(core.home()), Optional.empty()), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        bot.close();
        discord.close();
        core.close();
    }

    private static Actor member() {
        return FakeDiscord.guildUser(GUILD, String.valueOf(410000000000000000L + PEOPLE.incrementAndGet()), FakeDiscord.MEMBER);
    }

    private static Actor lead() {
        return FakeDiscord.guildUser(GUILD, String.valueOf(410000000000000000L + PEOPLE.incrementAndGet()), FakeDiscord.MANAGE_SERVER);
    }

    static List<String> customIds(DataObject message) {
        List<String> ids = new ArrayList<>();
        DataArray rows = message.optArray("components").orElse(DataArray.empty());
        for (int r = 0; r < rows.length(); r++) {
            DataArray components = rows.getObject(r).getArray("components");
            for (int c = 0; c < components.length(); c++) {
                components.getObject(c).opt("custom_id").ifPresent(id -> ids.add(String.valueOf(id)));
            }
        }
        return ids;
    }

    /** Starts the attack-surface questionnaire with the slash command and returns its run id. */
    private static String started(Actor who) {
        DataObject shown = discord.awaitShown(discord.slash(who, "start", Map.of("questionnaire", "attack-surface")));
        return customIds(shown).get(0).split(":")[1];
    }

    @Test
    void home_lists_the_members_open_run_with_a_resume_button_only_they_see() {
        Actor who = member();
        String run = started(who);

        Interaction home = discord.slash(who, "home", Map.of());
        DataObject shown = discord.awaitShown(home);

        assertThat(discord.ephemeral(home)).isTrue();
        assertThat(shown.getString("content")).contains("Your unfinished questionnaires")
                .contains("Attack surface and vulnerabilities").doesNotContain("(for leads)");
        assertThat(customIds(shown)).contains("hr:" + run, "hs:risk-impact", "hs:attack-surface", "hs:security");
    }

    @Test
    void pressing_resume_on_the_home_shows_the_current_question_in_its_place() {
        Actor who = member();
        String run = started(who);
        Interaction home = discord.slash(who, "home", Map.of());
        discord.awaitShown(home);

        Interaction resume = discord.button(who, discord.messageOf(home), "hr:" + run);
        DataObject question = discord.awaitShown(resume);

        assertThat(customIds(question)).anyMatch(id -> id.contains(":" + run + ":"));
        assertThat(question.getString("content")).contains("Only you can see this message");
    }

    @Test
    void a_lead_sees_the_servers_assessments_and_its_report_button_gives_the_report() {
        Actor lead = lead();
        discord.awaitShown(discord.slash(lead, "new", Map.of("name", "Fraud model")));
        Interaction home = discord.slash(lead, "home", Map.of());
        DataObject shown = discord.awaitShown(home);
        assertThat(shown.getString("content")).contains("Assessments in this server (for leads)").contains("Fraud model");
        String report = customIds(shown).stream().filter(id -> id.startsWith("ht:")).findFirst().orElseThrow();

        Interaction pressed = discord.button(lead, discord.messageOf(home), report);
        DataObject answer = discord.awaitShown(pressed);

        assertThat(discord.ephemeral(pressed)).isTrue();
        assertThat(answer.toString()).contains(report.substring(3));
    }

    @Test
    void a_forged_resume_for_another_persons_run_is_answered_like_an_unknown_run_and_changes_nothing() {
        String run = started(member());
        Actor intruder = member();
        Interaction home = discord.slash(intruder, "home", Map.of());
        assertThat(customIds(discord.awaitShown(home))).doesNotContain("hr:" + run);
        String before = core.dump();

        DataObject shown = discord.awaitShown(discord.button(intruder, discord.messageOf(home), "hr:" + run));

        assertThat(shown.getString("content")).contains("I can't find that questionnaire run");
        assertThat(customIds(shown)).noneMatch(id -> id.contains(run));
        assertThat(core.dump()).isEqualTo(before);
    }

    @Test
    void a_member_pressing_a_forged_report_button_is_refused() {
        Actor lead = lead();
        discord.awaitShown(discord.slash(lead, "new", Map.of("name", "Churn model")));
        String code = core.assessments().ofSpace(new dev.mlsec.assessor.core.identity.Space(
                dev.mlsec.assessor.core.identity.Platform.DISCORD, GUILD), 1).get(0).code();
        Actor member = member();
        Interaction home = discord.slash(member, "home", Map.of());
        discord.awaitShown(home);

        DataObject shown = discord.awaitShown(discord.button(member, discord.messageOf(home), "ht:" + code));

        assertThat(shown.getString("content")).contains("Only leads can do that").doesNotContain("Risk report");
    }
}
