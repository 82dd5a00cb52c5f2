package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import dev.mlsec.assessor.discord.fake.RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A system's name is shown again in the assessment's message and in every question of its runs; it
 * cannot become a masked link or a mention there. And no message the bot sends may ping anyone:
 * every one allows no mentions at all, whatever its text.
 */
class DiscordEchoedTextTest {

    static LiveBot live;

    @BeforeAll
    static void start() {
        live = LiveBot.start();
    }

    @AfterAll
    static void stop() {
        if (live != null) {
            live.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[click](http://evil.example)", "[SSO login](<https://evil.example>)", "<@400000000000000999>",
            "<@&600000000000000009>", "<#700000000000000001>", "@everyone", "@here"})
    void a_system_name_with_a_link_or_a_mention_is_neutralised_in_the_assessments_message(String markup) {
        LiveBot.Root root = live.newAssessment(live.lead(), "fraud " + markup + " model");

        String description = live.discord.message(root.messageId()).getArray("embeds").getObject(0).getString("description");
        assertThat(description).contains("**fraud " + DiscordText.neutralise(markup) + " model**")
                .doesNotContainPattern(unescaped(markup));
    }

    @Test
    void a_system_name_with_a_link_is_neutralised_in_the_questions_of_its_runs() {
        LiveBot.Root root = live.newAssessment(live.lead(), "fraud [click](http://evil.example) model");

        LiveBot.Run run = live.startRun(live.member(), root, "security");

        assertThat(run.shown().getString("content")).contains(DiscordText.neutralise("[click](http://evil.example)"))
                .doesNotContainPattern(unescaped("[click](http://evil.example)"));
    }

    @Test
    void every_message_the_bot_sends_allows_no_mentions_including_its_fixed_replies() {
        Actor member = live.member();
        Interaction help = live.discord.slash(member, "help", Map.of());
        Interaction refused = live.discord.slash(member, "new", Map.of("name", "@everyone"));
        Interaction created = live.discord.slash(live.lead(), "new", Map.of("name", "@everyone"));
        live.discord.awaitShown(help);
        live.discord.awaitShown(refused);
        live.discord.awaitShown(created);

        List<DataObject> messages = live.discord.requests().stream().map(DiscordEchoedTextTest::message)
                .filter(m -> m.hasKey("content") || m.hasKey("embeds")).toList();
        assertThat(messages).hasSizeGreaterThanOrEqualTo(3).allSatisfy(m -> {
            assertThat(m.hasKey("allowed_mentions")).as("allowed_mentions in %s", m).isTrue();
            DataObject allowed = m.getObject("allowed_mentions");
            assertThat(allowed.getArray("parse").isEmpty()).as("nothing parsed in %s", m).isTrue();
            assertThat(allowed.optArray("users").map(a -> a.isEmpty()).orElse(true)).isTrue();
            assertThat(allowed.optArray("roles").map(a -> a.isEmpty()).orElse(true)).isTrue();
        });
    }

    /** The markup as typed, not preceded by Discord's escaping backslash. */
    private static Pattern unescaped(String markup) {
        return Pattern.compile("(?<!\\\\)" + Pattern.quote(markup));
    }

    /** The message a request sends: an interaction callback's data, or the body of a message edit or post. */
    private static DataObject message(RecordedRequest request) {
        DataObject body = request.body();
        if (request.path().startsWith("/interactions/")) {
            return body.optObject("data").orElse(DataObject.empty());
        }
        return request.path().startsWith("/applications/") ? DataObject.empty() : body;
    }
}
