package dev.mlsec.assessor.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlsec.assessor.slack.FakeSlackApi;
import dev.mlsec.assessor.slack.FakeSocketModeServer;
import dev.mlsec.assessor.slack.SlackPayloads;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar with an app-level token serves Slack over Socket Mode, as the README tells users
 * to run it: it connects to a Socket Mode server (faked on loopback, like Slack's Web API), a lead
 * creates an assessment, three people answer a questionnaire each and the lead gets the report.
 */
class SlackSocketModeFromTheJarIT {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String TEAM = "T0JAR";
    private static final String LEAD = "U0LEAD";

    @TempDir
    Path data;

    private final AtomicInteger ids = new AtomicInteger();

    @Test
    void the_packaged_jar_takes_an_assessment_from_new_to_its_report_over_socket_mode() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); FakeSocketModeServer socket = FakeSocketModeServer.open()) {
            slack.socketModeUrl(socket.url());
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-000000000000-jar-test", "SLACK_APP_TOKEN",
                    "xapp-1-A000-000000000000-jar", "MLSEC_SLACK_API_URL", slack.apiUrl(), "MLSEC_SLACK_LEADS", LEAD,
                    "PORT", "0");
            try (PackagedJar jar = PackagedJar.start(data, env, "serve")) {
                awaitConnection(jar, socket);

                String created = command(socket, slack, LEAD, "new Fraud model");
                Matcher code = Pattern.compile("Assessment `([A-Z0-9-]+)`").matcher(slack.await("respond/" + created, 1, STEP).get(0).body());
                assertThat(code.find()).as("the lead's confirmation").isTrue();
                assertThat(slack.calls("chat.postMessage").get(0).param("text")).isEqualTo("ML security assessment: Fraud model");

                int n = 0;
                for (String questionnaire : List.of("risk-impact", "attack-surface", "security")) {
                    answerToTheEnd(socket, slack, "U0RESP" + (++n), code.group(1), questionnaire);
                }

                String report = command(socket, slack, LEAD, "report " + code.group(1));
                assertThat(slack.await("respond/" + report, 1, STEP).get(0).body())
                        .contains("Risk report: Fraud model", "residual risk", "in your DM with me");
                assertThat(jar.output()).doesNotContain("NoClassDefFoundError", "\tat ", " ERROR ");
            }
        }
    }

    /** Waits until the jar connects; fails at once, with what the jar said, if it ends first. */
    private static void awaitConnection(PackagedJar jar, FakeSocketModeServer socket) throws InterruptedException {
        java.time.Instant until = java.time.Instant.now().plus(START);
        while (java.time.Instant.now().isBefore(until)) {
            assertThat(jar.alive()).as("the jar is still running; it said:%n%s", jar.output()).isTrue();
            try {
                socket.awaitConnection(Duration.ofSeconds(1));
                return;
            } catch (AssertionError notYet) {
                // not connected yet
            }
        }
        throw new AssertionError("the jar did not connect over Socket Mode within " + START + ":\n" + jar.output());
    }

    /** Sends a slash command envelope; returns the name of its response URL. */
    private String command(FakeSocketModeServer socket, FakeSlackApi slack, String user, String text) {
        int id = ids.incrementAndGet();
        String response = "r" + id;
        JsonObject payload = new JsonObject();
        String form = SlackPayloads.commandBody(TEAM, user, "C0JAR", text, "trigger-" + id, slack.responseUrl(response));
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            payload.addProperty(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        socket.send(envelope("slash_commands", payload, id));
        return response;
    }

    private String press(FakeSocketModeServer socket, FakeSlackApi slack, String user, boolean ephemeral, String actionId,
                         JsonObject action, JsonObject state) {
        int id = ids.incrementAndGet();
        String response = "r" + id;
        socket.send(envelope("interactive", SlackPayloads.actionPayload(TEAM, user, "C0JAR", ephemeral, actionId, action, state,
                "trigger-" + id, slack.responseUrl(response)), id));
        return response;
    }

    private void answerToTheEnd(FakeSocketModeServer socket, FakeSlackApi slack, String user, String code, String questionnaire) {
        String step = press(socket, slack, user, false, "mlsec|open|" + code + "|" + questionnaire,
                SlackPayloads.obj("type", "button", "value", questionnaire), null);
        FakeSlackApi.Call shown = slack.await("respond/" + step, 1, STEP).get(0);
        for (int i = 0; i < 60 && !shown.body().contains("done, thank you"); i++) {
            FakeSlackApi.Call now = shown;
            SlackPayloads.Press answer = SlackPayloads.firstAnswer(blocks(shown))
                    .orElseThrow(() -> new AssertionError("no way to answer " + now.body()));
            step = press(socket, slack, user, true, answer.actionId(), answer.action(), answer.stateValues());
            shown = slack.await("respond/" + step, 1, STEP).get(0);
        }
        assertThat(shown.body()).contains("done, thank you");
    }

    private static JsonElement blocks(FakeSlackApi.Call call) {
        return JsonParser.parseString(call.body()).getAsJsonObject().get("blocks");
    }

    private static String envelope(String type, JsonObject payload, int id) {
        JsonObject e = new JsonObject();
        e.addProperty("type", type);
        e.addProperty("envelope_id", "env-" + id);
        e.addProperty("accepts_response_payload", type.equals("slash_commands"));
        e.add("payload", payload);
        return e.toString();
    }
}
