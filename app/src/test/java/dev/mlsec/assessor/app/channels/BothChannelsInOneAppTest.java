package dev.mlsec.assessor.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.slack.FakeSlackApi;
import dev.mlsec.assessor.slack.SlackPayloads;
import dev.mlsec.assessor.slack.SlackSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One process serves Slack (HTTP, against a fake Web API) and Discord (against a fake gateway) side by side. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class BothChannelsInOneAppTest {

    private static final String SECRET = "both-channels-signing-secret";
    private static final FakeSlackApi SLACK = new FakeSlackApi();
    private static final FakeDiscord DISCORD = FakeDiscord.start();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) throws Exception {
        String data = Files.createTempDirectory("mlsec-both").toString();
        registry.add("mlsec.data-dir", () -> data);
        registry.add("mlsec.slack.bot-token", () -> "xoxb-both");
        registry.add("mlsec.slack.signing-secret", () -> SECRET);
        registry.add("mlsec.slack.api-url", SLACK::apiUrl);
        registry.add("mlsec.discord.bot-token", () -> FakeDiscord.TOKEN);
        registry.add("mlsec.discord.rest-url", () -> DISCORD.settings().restUrl());
        registry.add("mlsec.discord.gateway-url", DISCORD::gatewayUrl);
    }

    @AfterAll
    static void stop() {
        SLACK.close();
        DISCORD.close();
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void a_respondent_answers_on_slack_and_another_on_discord_in_the_same_process() throws Exception {
        // Slack: a slash command starts the security questionnaire, the first button answers it
        String body = SlackPayloads.commandBody("T0BOTH", "U0SLACKER", "C0BOTH", "start security", "t1", SLACK.responseUrl("start"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        new SlackSigner(SECRET).headers(body, "application/x-www-form-urlencoded")
                .forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        HttpResponse<String> ack = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ack.statusCode()).isEqualTo(200);
        String shown = ack.body().isBlank() ? SLACK.awaitResponse("start", 1).body() : ack.body();
        assertThat(shown).contains("Question 1 of");

        // Discord: in a DM, start the same questionnaire and answer with the first component
        FakeDiscord.Actor dm = FakeDiscord.dmUser("200000000000000999");
        FakeDiscord.Interaction start = DISCORD.slash(dm, "start", Map.of("questionnaire", "security"));
        DataObject first = DISCORD.awaitShown(start);
        assertThat(first.getString("content")).contains("Question 1 of");
        DataObject button = first.getArray("components").getObject(0).getArray("components").getObject(0);
        FakeDiscord.Interaction click = DISCORD.button(dm, DISCORD.messageOf(start), button.getString("custom_id"));
        assertThat(DISCORD.awaitShown(click).getString("content")).contains("Question 2 of");

        assertThat(get("/actuator/health/readiness")).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get("/actuator/prometheus")).contains("mlsec_answers_total{questionnaire=\"security\"}");
    }

    @Test
    void a_discord_payload_jda_cannot_read_is_not_logged_with_the_ids_it_carries(CapturedOutput output) {
        FakeDiscord.Actor someone = FakeDiscord.guildUser("100000000000000555", "200000000000000555", FakeDiscord.MEMBER);
        DataObject payload = DISCORD.framed(someone, 2, DataObject.empty().put("name", "mlsec").put("type", 1), null);
        payload.remove("id");
        DISCORD.dispatchRaw("INTERACTION_CREATE", payload);
        // the bot is still there, and answers the next interaction
        FakeDiscord.Interaction help = DISCORD.slash(FakeDiscord.dmUser("200000000000000556"), "help", Map.of());
        assertThat(DISCORD.awaitShown(help).getString("content")).contains("MLSec Assessor");
        assertThat(output.getAll()).doesNotContain("200000000000000555", "100000000000000555");
    }
}
