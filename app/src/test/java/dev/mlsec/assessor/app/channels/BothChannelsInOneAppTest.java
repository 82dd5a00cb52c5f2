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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.google.gson.JsonObject;
import dev.mlsec.assessor.core.export.AnswerExport;
import dev.mlsec.assessor.core.report.AssessmentReport;
import dev.mlsec.assessor.core.report.HtmlReport;
import dev.mlsec.assessor.core.report.JsonReport;
import dev.mlsec.assessor.core.report.MarkdownReport;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.trends.TrendsRenderer;
import dev.mlsec.assessor.core.trends.TrendsService;
import java.io.StringWriter;
import net.dv8tion.jda.api.utils.data.DataArray;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One process serves Slack (HTTP, against a fake Web API) and Discord (against a fake gateway) side by
 * side; and whatever people do through either, their ids and names end up nowhere the app keeps or
 * writes: not in the store, not in a log line, not in a report, trend or export.
 */
// everything our own code may log, at every level, is searched for ids
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "logging.level.dev.mlsec=TRACE")
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
        registry.add("mlsec.slack.leads", () -> SLACK_LEAD);
        registry.add("mlsec.anonymity.k", () -> "3");
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

    // ---------------------------------------------------------------- anonymity across both channels

    private static final String SLACK_TEAM = "T0QZXANON7";
    private static final String SLACK_TEAM_DOMAIN = "quokka-corp-workspace";
    private static final String SLACK_CHANNEL = "C0QZXCHAN7";
    private static final String SLACK_CHANNEL_NAME = "quokka-secret-launch";
    private static final String SLACK_LEAD = "U0QZXLEAD7";
    private static final String SLACK_LEAD_NAME = "ursula.quokkalead";
    private static final List<String> SLACK_RESPONDENTS = List.of("U0QZXRSP01", "U0QZXRSP02", "U0QZXRSP03");
    private static final List<String> SLACK_NAMES = List.of("rupert.quokkaone", "rosa.quokkatwo", "remy.quokkathree");

    private static final String GUILD = "187654321098765401";
    private static final FakeDiscord.Actor DISCORD_LEAD = FakeDiscord.guildUser(GUILD, "287654321098765401", FakeDiscord.MANAGE_SERVER);
    private static final String DISCORD_LEAD_NAME = "dora_quokkalead";
    private static final List<FakeDiscord.Actor> DISCORD_RESPONDENTS = List.of(
            FakeDiscord.guildUser(GUILD, "287654321098765411", FakeDiscord.MEMBER),
            FakeDiscord.guildUser(GUILD, "287654321098765412", FakeDiscord.MEMBER),
            FakeDiscord.guildUser(GUILD, "287654321098765413", FakeDiscord.MEMBER));
    private static final List<String> DISCORD_NAMES = List.of("dax_quokkaone", "dee_quokkatwo", "dot_quokkathree");

    private static final List<String> QUESTIONNAIRES = List.of("risk-impact", "attack-surface", "security");

    /** Every id and name the scripted runs below carry, on either platform. */
    private static List<String> identifiers() {
        List<String> all = new ArrayList<>(List.of(SLACK_TEAM, SLACK_TEAM_DOMAIN, SLACK_CHANNEL, SLACK_CHANNEL_NAME, SLACK_LEAD,
                SLACK_LEAD_NAME, GUILD, DISCORD_LEAD.userId(), DISCORD_LEAD_NAME, FakeDiscord.CHANNEL_ID));
        all.addAll(SLACK_RESPONDENTS);
        all.addAll(SLACK_NAMES);
        DISCORD_RESPONDENTS.forEach(a -> all.add(a.userId()));
        all.addAll(DISCORD_NAMES);
        return all;
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReportService reports;

    @Autowired
    TrendsService trends;

    @Autowired
    AnswerExport exports;

    /** What the runs produced for leads: texts of reports, trends and exports, as shown and as uploaded. */
    private static final List<String> LEAD_TEXTS = new ArrayList<>();
    private static String slackCode;
    private static String discordCode;
    private static int slackStep;
    /** Everything logged from the start of the app to the end of the scripted runs. */
    private static String runLogs = "";

    @Test
    void the_store_holds_no_id_or_name_of_anyone_who_used_either_channel(CapturedOutput output) throws Exception {
        runScriptedRuns(output);

        assertThat(hits(dump())).isEmpty();
    }

    @Test
    void no_log_line_holds_an_id_or_name_of_anyone_who_used_either_channel(CapturedOutput output) throws Exception {
        runScriptedRuns(output);

        String logs = runLogs + output.getAll();
        assertThat(logs).contains("Started BothChannelsInOneAppTest");
        assertThat(hits(logs)).isEmpty();
    }

    @Test
    void no_report_trend_or_export_holds_an_id_or_name_of_anyone_who_used_either_channel(CapturedOutput output)
            throws Exception {
        runScriptedRuns(output);

        List<String> texts = new ArrayList<>(LEAD_TEXTS);
        texts.addAll(renderedByTheCore());
        assertThat(String.join("\n", texts)).contains("Model poisoning", "risk-impact");
        for (String text : texts) {
            assertThat(hits(text)).as(text).isEmpty();
        }
    }

    @Test
    void completed_runs_of_both_channels_keep_no_pseudonym_of_their_respondent(CapturedOutput output) throws Exception {
        runScriptedRuns(output);

        List<Document> completed = mongo.getCollection("sessions").find(new Document("state", "COMPLETED")).into(new ArrayList<>());
        assertThat(completed).hasSizeGreaterThanOrEqualTo(2 * QUESTIONNAIRES.size());
        assertThat(completed).allSatisfy(run -> assertThat(run).doesNotContainKey("respondentKey"));
    }

    /** The identifiers found in a text, case-insensitively. */
    private static List<String> hits(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return identifiers().stream().filter(id -> lower.contains(id.toLowerCase(java.util.Locale.ROOT))).toList();
    }

    private String dump() {
        StringBuilder all = new StringBuilder();
        for (String name : new java.util.TreeSet<>(mongo.getCollectionNames())) {
            for (Document d : mongo.getCollection(name).find()) {
                all.append(name).append(' ').append(d.toJson()).append('\n');
            }
        }
        return all.toString();
    }

    private List<String> renderedByTheCore() {
        List<String> texts = new ArrayList<>();
        for (String code : List.of(slackCode, discordCode)) {
            AssessmentReport report = reports.reportForOperator(code);
            texts.add(MarkdownReport.render(report));
            texts.add(JsonReport.render(report));
            texts.add(HtmlReport.render(report, new byte[0], new byte[0]));
            for (AnswerExport.Format format : AnswerExport.Format.values()) {
                StringWriter out = new StringWriter();
                exports.assessment(code, format, out);
                texts.add(out.toString());
            }
        }
        texts.add(TrendsRenderer.markdown(trends.trends()));
        texts.add(TrendsRenderer.json(trends.trends()));
        for (AnswerExport.Format format : AnswerExport.Format.values()) {
            StringWriter out = new StringWriter();
            exports.all(format, out);
            texts.add(out.toString());
        }
        return texts;
    }

    /**
     * Once per class: on each platform a lead creates an assessment, three people answer one questionnaire
     * each to the end, and the lead reads status, report (private and shared), trends and both exports.
     */
    private synchronized void runScriptedRuns(CapturedOutput output) throws Exception {
        if (slackCode != null) {
            return;
        }
        // Slack
        String created = slackCommand(SLACK_LEAD, "new Quokka fraud model");
        Matcher code = Pattern.compile("Assessment `([A-Z0-9-]+)`").matcher(created);
        assertThat(code.find()).as(created).isTrue();
        String slack = code.group(1);
        for (int i = 0; i < QUESTIONNAIRES.size(); i++) {
            String user = SLACK_RESPONDENTS.get(i);
            String q = QUESTIONNAIRES.get(i);
            FakeSlackApi.Call message = slackPress(user, SLACK_NAMES.get(i), "mlsec|open|" + slack + "|" + q,
                    SlackPayloads.obj("type", "button", "value", q), null);
            for (int n = 0; n < 60 && !message.body().contains("done, thank you"); n++) {
                message = slackAnswerFirst(user, SLACK_NAMES.get(i), message);
            }
            assertThat(message.body()).contains("done, thank you");
        }
        for (String command : List.of("status " + slack, "report " + slack, "report " + slack + " --share", "trends",
                "export " + slack + " csv", "export " + slack + " json")) {
            LEAD_TEXTS.add(slackCommand(SLACK_LEAD, command));
        }
        SLACK.await("files.completeUploadExternal", 4);
        SLACK.calls().stream().filter(c -> c.method().startsWith("upload/")).forEach(c -> LEAD_TEXTS.add(c.body()));

        // Discord
        DISCORD.name(DISCORD_LEAD.userId(), DISCORD_LEAD_NAME);
        for (int i = 0; i < DISCORD_RESPONDENTS.size(); i++) {
            DISCORD.name(DISCORD_RESPONDENTS.get(i).userId(), DISCORD_NAMES.get(i));
        }
        FakeDiscord.Interaction made = DISCORD.slash(DISCORD_LEAD, "new", Map.of("name", "Quokka ranking model"));
        DataObject shown = DISCORD.awaitShown(made);
        Matcher discordMatch = Pattern.compile("Assessment code `([^`]+)`").matcher(shown.getArray("embeds").getObject(0).getString("description"));
        assertThat(discordMatch.find()).isTrue();
        String discord = discordMatch.group(1);
        String root = DISCORD.messageOf(made);
        for (int i = 0; i < QUESTIONNAIRES.size(); i++) {
            FakeDiscord.Actor who = DISCORD_RESPONDENTS.get(i);
            FakeDiscord.Interaction current = DISCORD.button(who, root, "q:" + discord + ":" + QUESTIONNAIRES.get(i));
            DataObject message = DISCORD.awaitShown(current);
            for (int n = 0; n < 60 && !message.getString("content", "").contains("done, thank you!"); n++) {
                current = discordAnswerFirst(who, DISCORD.messageOf(current), message);
                message = DISCORD.awaitShown(current);
            }
            assertThat(message.getString("content", "")).contains("done, thank you!");
        }
        for (Map<String, String> options : List.of(Map.of("code", discord), Map.<String, String>of(),
                Map.of("code", discord, "format", "json"), Map.of("code", discord, "format", "csv"))) {
            String sub = options.isEmpty() ? "trends" : options.containsKey("format") ? "export" : "report";
            FakeDiscord.Interaction asked = DISCORD.slash(DISCORD_LEAD, sub, options);
            LEAD_TEXTS.add(DISCORD.await(r -> r.is("PATCH", "/webhooks/" + FakeDiscord.APPLICATION_ID + "/" + asked.token())).json());
        }
        FakeDiscord.Interaction status = DISCORD.slash(DISCORD_LEAD, "status", Map.of("code", discord));
        LEAD_TEXTS.add(DISCORD.awaitShown(status).toString());
        discordCode = discord;
        slackCode = slack;
        runLogs = output.getAll();
    }

    private String slackCommand(String user, String text) throws Exception {
        String response = "anon-" + (++slackStep);
        String body = SlackPayloads.commandBody(SLACK_TEAM, user, SLACK_CHANNEL, text, "anon-tr-" + slackStep,
                        SLACK.responseUrl(response))
                .replace("team_domain=fake", "team_domain=" + SLACK_TEAM_DOMAIN)
                .replace("channel_name=general", "channel_name=" + SLACK_CHANNEL_NAME)
                .replace("user_name=someone", "user_name=" + SLACK_LEAD_NAME);
        HttpResponse<String> ack = slackPost(body);
        assertThat(ack.statusCode()).isEqualTo(200);
        return ack.body().isBlank() ? SLACK.awaitResponse(response, 1).body() : ack.body();
    }

    private FakeSlackApi.Call slackPress(String user, String name, String actionId, JsonObject action, JsonObject state)
            throws Exception {
        String response = "anon-" + (++slackStep);
        JsonObject p = SlackPayloads.actionPayload(SLACK_TEAM, user, SLACK_CHANNEL, state != null || !actionId.startsWith("mlsec|open|"),
                actionId, action, state, "anon-tr-" + slackStep, SLACK.responseUrl(response));
        p.getAsJsonObject("user").addProperty("username", name);
        p.getAsJsonObject("user").addProperty("name", name);
        p.getAsJsonObject("team").addProperty("domain", SLACK_TEAM_DOMAIN);
        p.getAsJsonObject("channel").addProperty("name", SLACK_CHANNEL_NAME);
        assertThat(slackPost(SlackPayloads.actionBody(p)).statusCode()).isEqualTo(200);
        return SLACK.awaitResponse(response, 1);
    }

    private HttpResponse<String> slackPost(String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        new SlackSigner(SECRET).headers(body, "application/x-www-form-urlencoded")
                .forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Answers the question in the message with its first option, whatever control shows it. */
    private FakeSlackApi.Call slackAnswerFirst(String user, String name, FakeSlackApi.Call message) throws Exception {
        SlackPayloads.Press press = SlackPayloads.firstAnswer(message.blocks())
                .orElseThrow(() -> new AssertionError(message.body()));
        return slackPress(user, name, press.actionId(), press.action(), press.stateValues());
    }

    private static FakeDiscord.Interaction discordAnswerFirst(FakeDiscord.Actor who, String messageId, DataObject shown) {
        DataObject first = shown.getArray("components").getObject(0).getArray("components").getObject(0);
        if (first.getInt("type") == 2) {
            return DISCORD.button(who, messageId, first.getString("custom_id"));
        }
        DataArray options = first.getArray("options");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < first.getInt("min_values", 1); i++) {
            values.add(options.getObject(i).getString("value"));
        }
        return DISCORD.select(who, messageId, first.getString("custom_id"), values);
    }
}
