package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import dev.mlsec.assessor.discord.fake.RecordedRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bot, with JDA for real, against the fake Discord on loopback, over the real engine and embedded store. */
class DiscordBotTest {

    static final String LEAD_ROLE = "600000000000000009";
    static TestAssessor core;
    static FakeDiscord discord;
    static DiscordBot bot;

    static final Actor LEAD = FakeDiscord.guildUser("100000000000000001", "200000000000000001", FakeDiscord.MANAGE_SERVER);
    static final Actor MEMBER = FakeDiscord.guildUser("100000000000000001", "200000000000000002", FakeDiscord.MEMBER);
    static final Actor ROLE_LEAD = FakeDiscord.guildUser("100000000000000001", "200000000000000003", FakeDiscord.MEMBER, LEAD_ROLE);
    static final Actor OTHER_GUILD_LEAD = FakeDiscord.guildUser("100000000000000002", "200000000000000004", FakeDiscord.MANAGE_SERVER);

    @BeforeAll
    static void start() throws InterruptedException {
        core = TestAssessor.withBundledQuestionnaires();
        discord = FakeDiscord.start();
        bot = DiscordBot.start(discord.settings(Optional.of(LEAD_ROLE)), new AssessorServices(core.engine(),
                core.assessments(), core.reports(), core.trends(), core.exports()), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
        discord.close();
        core.close();
    }

    @Test
    void the_command_is_registered_on_start_with_its_subcommands_and_manage_server_by_default() {
        RecordedRequest put = discord.await(r -> r.is("PUT", "/applications/" + FakeDiscord.APPLICATION_ID + "/commands"));
        DataObject command = DataArray.fromJson(put.json()).getObject(0);
        assertThat(command.getString("name")).isEqualTo("mlsec");
        assertThat(command.getString("default_member_permissions")).isEqualTo(String.valueOf(FakeDiscord.MANAGE_SERVER));
        DataArray subs = command.getArray("options");
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < subs.length(); i++) {
            names.add(subs.getObject(i).getString("name"));
        }
        assertThat(names).containsExactly("new", "start", "resume", "report", "trends", "export", "status", "help");
    }

    @Test
    void help_is_answered_privately() {
        Interaction help = discord.slash(MEMBER, "help", Map.of());
        DataObject shown = discord.awaitShown(help);
        assertThat(discord.ephemeral(help)).isTrue();
        assertThat(shown.getString("content")).isEqualTo(InteractionHandler.help());
    }
}
