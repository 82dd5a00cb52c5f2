package dev.mlsec.assessor.app.slack;

import static dev.mlsec.assessor.slack.SlackPayloads.enc;
import static dev.mlsec.assessor.slack.SlackPayloads.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.mlsec.assessor.slack.FakeSlackApi;
import dev.mlsec.assessor.slack.SlackPayloads;
import dev.mlsec.assessor.slack.SlackSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole Slack path inside the Spring Boot app: signed HTTP requests into the real Bolt app, the
 * real engine and store, and Slack's Web API faked on loopback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackInTheAppTest {

    private static final String SECRET = "app-test-signing-secret";
    private static final String TEAM = "T0APPTEST";
    private static final String LEAD = "U0LEAD";
    private static final FakeSlackApi SLACK = new FakeSlackApi();
    private static final SlackSigner SIGNER = new SlackSigner(SECRET);
    private static final AtomicInteger STEP = new AtomicInteger();
    private static Path data;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void slack(DynamicPropertyRegistry registry) throws Exception {
        data = Files.createTempDirectory("mlsec-app-test");
        registry.add("mlsec.data-dir", () -> data.toString());
        registry.add("mlsec.slack.bot-token", () -> "xoxb-app-test");
        registry.add("mlsec.slack.signing-secret", () -> SECRET);
        registry.add("mlsec.slack.api-url", SLACK::apiUrl);
        registry.add("mlsec.slack.leads", () -> LEAD);
        registry.add("mlsec.anonymity.k", () -> "3");
    }

    @AfterAll
    static void stop() {
        SLACK.close();
    }

    private HttpResponse<String> post(String body) throws Exception {
        Map<String, List<String>> headers = SIGNER.headers(body, "application/x-www-form-urlencoded");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private FakeSlackApi.Call command(String user, String text) throws Exception {
        String response = "step-" + STEP.incrementAndGet();
        String body = SlackPayloads.commandBody(TEAM, user, "C0TEAM", text, "tr-" + STEP.get(), SLACK.responseUrl(response));
        assertThat(post(body).statusCode()).isEqualTo(200);
        return SLACK.awaitResponse(response, 1);
    }

    private FakeSlackApi.Call press(String user, String channel, boolean ephemeral, String actionId, JsonObject action,
                                    JsonObject state) throws Exception {
        String response = "step-" + STEP.incrementAndGet();
        JsonObject p = SlackPayloads.actionPayload(TEAM, user, channel, ephemeral, actionId, action, state, "tr-" + STEP.get(),
                SLACK.responseUrl(response));
        assertThat(post("payload=" + enc(p.toString())).statusCode()).isEqualTo(200);
        return SLACK.awaitResponse(response, 1);
    }

    /** Answers the question in the message with its first option, whatever control shows it. */
    private FakeSlackApi.Call answerFirst(String user, FakeSlackApi.Call message) throws Exception {
        SlackPayloads.Press press = SlackPayloads.firstAnswer(message.blocks())
                .orElseThrow(() -> new AssertionError(message.body()));
        return press(user, "C0TEAM", true, press.actionId(), press.action(), press.stateValues());
    }

    @Test
    void a_lead_creates_an_assessment_three_respondents_answer_privately_and_the_lead_gets_the_report() throws Exception {
        FakeSlackApi.Call created = command(LEAD, "new fraud model v3");
        assertThat(created.body()).contains("fraud model v3");
        FakeSlackApi.Call root = SLACK.calls("chat.postMessage").get(0);
        String open = SlackPayloads.element(root.blocks(), "mlsec|open|").orElseThrow().get("action_id").getAsString();
        String code = open.split("\\|")[2];

        int respondent = 0;
        for (String questionnaire : List.of("risk-impact", "attack-surface", "security")) {
            String user = "U0RESP" + (++respondent);
            FakeSlackApi.Call message = press(user, "C0TEAM", false, "mlsec|open|" + code + "|" + questionnaire,
                    obj("type", "button", "value", questionnaire), null);
            assertThat(message.body()).contains("Only you can see");
            for (int i = 0; i < 40 && !message.body().contains("done, thank you"); i++) {
                message = answerFirst(user, message);
            }
            assertThat(message.body()).contains("done, thank you");
        }

        FakeSlackApi.Call report = command(LEAD, "report " + code);
        assertThat(report.body()).contains("Model poisoning: residual risk", "in your DM with me");
        assertThat(SLACK.await("files.completeUploadExternal", 1)).isNotEmpty();
        assertThat(SLACK.calls("files.getUploadURLExternal")).extracting(c -> c.param("filename"))
                .contains(code + "-residual-risk.png", code + "-exposure-heat-map.png", code + "-report.html");
    }

    /** Who may do what, by role: a lead of this workspace, a member, and a lead of another workspace. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> authorization() {
        String onlyLeads = "Only leads can do that";
        String unknown = "in this workspace";
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("new team model", "lead", "Assessment `"),
                org.junit.jupiter.params.provider.Arguments.of("new team model", "member", onlyLeads),
                org.junit.jupiter.params.provider.Arguments.of("status CODE", "lead", "Completed so far: Risk and impact assessment 0"),
                org.junit.jupiter.params.provider.Arguments.of("status CODE", "member", onlyLeads),
                org.junit.jupiter.params.provider.Arguments.of("status CODE", "other-lead", unknown),
                org.junit.jupiter.params.provider.Arguments.of("report CODE", "lead", "Risk report: "),
                org.junit.jupiter.params.provider.Arguments.of("report CODE", "member", onlyLeads),
                org.junit.jupiter.params.provider.Arguments.of("report CODE", "other-lead", unknown),
                org.junit.jupiter.params.provider.Arguments.of("export CODE csv", "lead", "Not exported yet"),
                org.junit.jupiter.params.provider.Arguments.of("export CODE csv", "member", onlyLeads),
                org.junit.jupiter.params.provider.Arguments.of("export CODE csv", "other-lead", unknown),
                org.junit.jupiter.params.provider.Arguments.of("trends", "member", onlyLeads),
                org.junit.jupiter.params.provider.Arguments.of("start security", "member", "Only you can see"),
                org.junit.jupiter.params.provider.Arguments.of("start security", "other-lead", "Only you can see"),
                org.junit.jupiter.params.provider.Arguments.of("help", "member", "/mlsec"));
    }

    private static String authorizationCode;

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} by a {1}")
    @org.junit.jupiter.params.provider.MethodSource("authorization")
    void every_command_is_allowed_or_refused_by_role(String command, String role, String expected) throws Exception {
        if (authorizationCode == null) {
            command(LEAD, "new authorization model");
            FakeSlackApi.Call root = SLACK.calls("chat.postMessage").get(SLACK.calls("chat.postMessage").size() - 2);
            authorizationCode = SlackPayloads.element(root.blocks(), "mlsec|open|").orElseThrow().get("action_id").getAsString().split("\\|")[2];
        }
        String text = command.replace("CODE", authorizationCode);
        String reply = replyTo("other-lead".equals(role) ? "T0OTHERTEAM" : TEAM, "lead".equals(role) ? LEAD
                : "other-lead".equals(role) ? LEAD : "U0MEMBER", text);
        assertThat(reply).contains(expected);
    }

    /** What the user reads: the acknowledgement's own message, or what follows through the response URL. */
    private String replyTo(String team, String user, String text) throws Exception {
        String response = "step-" + STEP.incrementAndGet();
        String body = SlackPayloads.commandBody(team, user, "C0TEAM", text, "tr-" + STEP.get(), SLACK.responseUrl(response));
        HttpResponse<String> ack = post(body);
        assertThat(ack.statusCode()).isEqualTo(200);
        if (ack.body() != null && !ack.body().isBlank()) {
            return ack.body();
        }
        return SLACK.awaitResponse(response, 1).body();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    private String dump() {
        StringBuilder all = new StringBuilder();
        for (String name : new java.util.TreeSet<>(mongo.getCollectionNames())) {
            for (org.bson.Document d : mongo.getCollection(name).find().sort(new org.bson.Document("_id", 1))) {
                all.append(name).append(' ').append(d.toJson()).append('\n');
            }
        }
        return all.toString();
    }

    /** Correctly signed, badly formed: what a buggy client or an attacker with a leaked secret could send. */
    static java.util.stream.Stream<String> malformedBodies() {
        String hugeValue = "v".repeat(60_000);
        return java.util.stream.Stream.of(
                "payload=" + enc("{not json"),
                "payload=" + enc("{}"),
                "payload=" + enc("{\"type\":\"block_actions\"}"),
                "payload=" + enc("{\"type\":\"block_actions\",\"actions\":\"x\",\"user\":{\"id\":\"U1\"}}"),
                "payload=" + enc("{\"type\":\"block_actions\",\"team\":{\"id\":\"T0APPTEST\"},\"user\":{\"id\":\"U1\"},"
                        + "\"actions\":[{\"action_id\":\"mlsec|a|$where|answers.$set|x\",\"value\":\"x\"}]}"),
                "payload=" + enc("{\"type\":\"block_actions\",\"team\":{\"id\":\"T0APPTEST\"},\"user\":{\"id\":\"U1\"},"
                        + "\"actions\":[{\"action_id\":\"mlsec|open|ZZZ-00000|security\",\"value\":\"" + hugeValue + "\"}]}"),
                "payload=" + enc("{\"type\":\"view_submission\",\"view\":null}"),
                "command=" + enc("/mlsec") + "&text=" + enc("report \u202E$gt") + "&team_id=T0APPTEST&user_id=U0MEMBER",
                "command=" + enc("/mlsec") + "&text=" + enc("new \u0000\u0007") + "&team_id=T0APPTEST&user_id=" + LEAD,
                "command=" + enc("/other") + "&text=x&team_id=T0APPTEST&user_id=U1",
                "text=only-text",
                "%%%&&&==",
                "");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("malformedBodies")
    void a_correctly_signed_but_malformed_request_gets_a_clean_refusal_and_changes_nothing(String body) throws Exception {
        String before = dump();
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        Thread.sleep(200);
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void a_request_with_a_wrong_signature_is_refused_with_401() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("X-Slack-Signature", "v0=deadbeef").header("X-Slack-Request-Timestamp", String.valueOf(System.currentTimeMillis() / 1000))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("command=%2Fmlsec&text=help")).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource({"GET, /slack/events", "PUT, /slack/events", "PROPFIND, /slack/events",
            "DELETE, /slack/events", "POST, /actuator/prometheus", "PUT, /actuator/health"})
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void a_method_an_endpoint_does_not_take_gets_405_and_writes_no_log_line(String method, String path,
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        int logged = output.getAll().length();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString("x=1")).build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(output.getAll().substring(logged)).doesNotContain("WARN", "ERROR", "Exception", method + " ");
    }

    @Test
    void an_oversized_body_is_refused_before_it_is_parsed() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("payload=" + "x".repeat(70_000))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("Request body too large.");
    }

}
