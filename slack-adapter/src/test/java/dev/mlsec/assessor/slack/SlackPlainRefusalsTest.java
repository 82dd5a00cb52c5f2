package dev.mlsec.assessor.slack;

import static dev.mlsec.assessor.slack.SlackHarness.CHANNEL;
import static dev.mlsec.assessor.slack.SlackHarness.LEAD;
import static dev.mlsec.assessor.slack.SlackHarness.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input the bot cannot use gets the plain refusal meant for it: no "something went wrong", no error
 * or exception in the log, nothing stored.
 */
class SlackPlainRefusalsTest {

    private final SlackHarness h = SlackHarness.observable();

    @AfterEach
    void close() {
        h.close();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"202E", "200B", "0007", "0000", "FEFF"})
    void a_system_name_with_an_invisible_character_is_refused_plainly_and_nothing_is_created(String hex) {
        String before = h.core.dump();
        String name = "fraud" + Character.toString(Integer.parseInt(hex, 16)) + "model";

        try (LogCapture log = LogCapture.start()) {
            h.command(TEAM, LEAD, "new " + name, "invisible");
            FakeSlackApi.Call reply = h.slack.awaitResponse("invisible", 1);
            h.quiet();

            assertThat(reply.json().get("text").getAsString())
                    .isEqualTo("That name contains invisible control characters; please type it plainly.");
            assertThat(log.errors()).isEmpty();
        }
        assertThat(h.slack.calls("chat.postMessage")).isEmpty();
        assertThat(h.core.dump()).isEqualTo(before);
    }

    @ParameterizedTest(name = "state.values {0}")
    @ValueSource(strings = {"{\"answer\":null}", "{\"answer\":{\"PICK\":null}}", "{\"answer\":{\"PICK\":{\"selected_options\":null}}}",
            "{\"answer\":{\"PICK\":{\"selected_options\":[null]}}}", "{\"answer\":{\"PICK\":{\"selected_options\":[{\"value\":null}]}}}",
            "{\"answer\":{\"PICK\":{\"selected_options\":[{}]}}}", "{\"answer\":{\"PICK\":{\"selected_options\":[{\"value\":\"bribe\"}]}}}"})
    void a_submit_without_a_readable_choice_is_refused_with_the_question_shown_again(String values) {
        String run = runAtTheCheckboxes();
        String before = h.core.dump();
        JsonObject state = JsonParser.parseString(values.replace("PICK", "mlsec|pick|" + run + "|stores")).getAsJsonObject();

        try (LogCapture log = LogCapture.start()) {
            h.action("URESP", CHANNEL, true, "mlsec|sub|" + run + "|stores", SlackHarness.button("submit"), state, "submitted");
            FakeSlackApi.Call reply = h.slack.awaitResponse("submitted", 1);
            h.quiet();

            assertThat(reply.body()).contains(":information_source:", "Here is where you are:").doesNotContain("went wrong");
            assertThat(log.errors()).isEmpty();
        }
        assertThat(h.core.dump()).isEqualTo(before);
    }

    @ParameterizedTest(name = "response_url {0}")
    @ValueSource(strings = {"-", "", "not a url", "ftp://hooks.example/x", "http://[::1", "http:///nohost"})
    void a_press_without_a_usable_response_url_is_acknowledged_logged_plainly_and_changes_nothing(String url) {
        String code = h.newAssessment("Fraud model");
        h.quiet();
        String before = h.core.dump();
        JsonObject payload = SlackPayloads.actionPayload(TEAM, "URESP", CHANNEL, false, "mlsec|open|" + code + "|security",
                SlackHarness.button("security"), null, h.nextTrigger(), url);
        if (url.equals("-")) {
            payload.remove("response_url");
        }

        try (LogCapture log = LogCapture.start()) {
            String body = SlackHarness.actionBody(payload);
            assertThat(h.post(body, h.signer.headers(body, "application/x-www-form-urlencoded")).status()).isEqualTo(200);
            h.quiet();

            assertThat(log.errors()).isEmpty();
            assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN").contains("response_url"))
                    .allSatisfy(line -> assertThat(line).doesNotContain("Exception"));
        }
        assertThat(h.core.dump()).isEqualTo(before);
    }

    @ParameterizedTest(name = "response_url {0}")
    @ValueSource(strings = {"-", "", "not a url", "http://[::1"})
    void a_lead_command_without_a_usable_response_url_is_refused_in_its_acknowledgement(String url) {
        String before = h.core.dump();
        String body = SlackPayloads.commandBody(TEAM, LEAD, CHANNEL, "new Fraud model", h.nextTrigger(), url);
        if (url.equals("-")) {
            body = body.replaceAll("&response_url=[^&]*", "");
        }

        try (LogCapture log = LogCapture.start()) {
            SlackHttpEndpoint.HttpResult result = h.post(body, h.signer.headers(body, "application/x-www-form-urlencoded"));
            h.quiet();

            assertThat(result.status()).isEqualTo(200);
            assertThat(JsonParser.parseString(result.body()).getAsJsonObject().get("text").getAsString())
                    .isEqualTo(SlackBot.NO_RESPONSE_URL);
            assertThat(log.errors()).isEmpty();
        }
        assertThat(h.core.dump()).isEqualTo(before);
    }

    /** A run of URESP that has answered two questions and shows the checkboxes of the third. */
    private String runAtTheCheckboxes() {
        String code = h.newAssessment("Fraud model");
        h.action("URESP", CHANNEL, false, "mlsec|open|" + code + "|attack-surface", SlackHarness.button("attack-surface"), null, "open");
        Matcher dk = Pattern.compile("mlsec\\|dk\\|([A-Za-z0-9_-]{16,64})\\|data-source").matcher(h.slack.awaitResponse("open", 1).body());
        assertThat(dk.find()).isTrue();
        String run = dk.group(1);
        h.action("URESP", CHANNEL, true, dk.group(), SlackHarness.button("dk"), null, "q1");
        h.slack.awaitResponse("q1", 1);
        h.action("URESP", CHANNEL, true, "mlsec|sel|" + run + "|framework", SlackHarness.staticSelect("jax"), null, "q2");
        assertThat(h.slack.awaitResponse("q2", 1).body()).contains("checkboxes");
        h.quiet();
        return run;
    }
}
