package dev.mlsec.assessor.slack;

import static dev.mlsec.assessor.slack.SlackHarness.LEAD;
import static dev.mlsec.assessor.slack.SlackHarness.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text a person typed and the bot shows again (a system's name, an assessment code) cannot become
 * Slack markup: a mention, a channel or group ping, or a link with a misleading label. Slack reads
 * {@code <...>} as markup in every message's text and mrkdwn, so {@code &}, {@code <} and {@code >} are
 * escaped wherever such text is echoed.
 */
class SlackEchoedTextTest {

    private final SlackHarness h = new SlackHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<!channel>", "<!here>", "<!everyone>", "<@U0VICTIM>", "<!subteam^S0614TZR7>", "<#C0SECRET>",
            "<https://evil.example|SSO login>", "R&D <b>"})
    void a_system_name_with_markup_is_shown_as_typed_in_the_root_messages_text_and_section(String markup) {
        h.newAssessment("fraud " + markup + " model");

        FakeSlackApi.Call root = h.slack.await("chat.postMessage", 1).get(0);
        String shown = "fraud " + SlackText.escape(markup) + " model";
        assertThat(root.param("text")).contains(shown).doesNotContain(markup);
        assertThat(mrkdwn(root.blocks())).anySatisfy(text -> assertThat(text).contains(shown))
                .allSatisfy(text -> assertThat(text).doesNotContain(markup));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<!channel>", "<@U0VICTIM>", "<https://evil.example|SSO login>"})
    void a_system_name_with_markup_is_escaped_in_the_leads_confirmation(String markup) {
        h.command(TEAM, LEAD, "new fraud " + markup + " model", "created");

        FakeSlackApi.Call confirmation = h.slack.awaitResponse("created", 1);
        assertThat(shownText(confirmation)).allSatisfy(text -> assertThat(text).doesNotContain(markup))
                .anySatisfy(text -> assertThat(text).contains("*fraud " + SlackText.escape(markup) + " model*"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"status", "report"})
    void a_system_name_with_markup_is_escaped_in_the_status_and_the_report(String subcommand) {
        String code = h.newAssessment("fraud <!channel> model");

        h.command(TEAM, LEAD, subcommand + " " + code, "asked");

        assertThat(shownText(h.slack.awaitResponse("asked", 1)))
                .allSatisfy(text -> assertThat(text).doesNotContain("<!channel>"))
                .anySatisfy(text -> assertThat(text).contains("fraud &lt;!channel&gt; model"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"status <!channel>", "report <@U0VICTIM>", "export <https://evil.example|x> csv"})
    void an_unknown_code_with_markup_is_escaped_when_it_is_echoed(String command) {
        h.command(TEAM, LEAD, command, "unknown");

        List<String> shown = shownText(h.slack.awaitResponse("unknown", 1));
        assertThat(shown).anySatisfy(text -> assertThat(text).contains("I know no assessment `&lt;"))
                .allSatisfy(text -> assertThat(text).doesNotContain("<!channel>", "<@U0VICTIM>", "<https://evil"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<!channel>", "<@U0VICTIM>"})
    void an_unknown_subcommand_with_markup_is_escaped_when_it_is_echoed(String markup) {
        SlackHttpEndpoint.HttpResult result = h.command(TEAM, "U1", markup + " now", "unknown");

        JsonObject reply = com.google.gson.JsonParser.parseString(result.body()).getAsJsonObject();
        assertThat(reply.get("text").getAsString()).contains("I don't know `&lt;").doesNotContain(markup);
        assertThat(mrkdwn(reply.getAsJsonArray("blocks"))).allSatisfy(text -> assertThat(text).doesNotContain(markup));
    }

    /** The message's text and every mrkdwn text of its blocks: what Slack reads markup in. */
    private static List<String> shownText(FakeSlackApi.Call response) {
        List<String> texts = new ArrayList<>(mrkdwn(response.blocks()));
        texts.add(response.json().get("text").getAsString());
        return texts;
    }

    private static List<String> mrkdwn(JsonElement blocks) {
        List<String> texts = new ArrayList<>();
        collect(blocks, texts);
        return texts;
    }

    private static void collect(JsonElement e, List<String> texts) {
        if (e.isJsonArray()) {
            for (JsonElement x : (JsonArray) e) {
                collect(x, texts);
            }
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("type") && "mrkdwn".equals(o.get("type").getAsString()) && o.has("text")) {
                texts.add(o.get("text").getAsString());
            }
            o.entrySet().forEach(x -> collect(x.getValue(), texts));
        }
    }
}
