package dev.mlsec.assessor.slack;

import static dev.mlsec.assessor.slack.SlackHarness.CHANNEL;
import static dev.mlsec.assessor.slack.SlackHarness.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Correctly signed block actions whose content is malformed, over HTTP into the real Bolt app: none
 * gets a 5xx, none writes an error or an exception to the log, whatever the field that is wrong
 * (a missing or malformed response_url and unreadable selections included).
 */
class HostileSignedRequestProperties {

    private static final String RESPONDENT = "URESP";

    private static SlackHarness h;
    private static String code;
    /** A run of RESPONDENT, now at the framework question (a select). */
    private static String run;

    @BeforeContainer
    static void start() {
        h = SlackHarness.observable();
        code = h.newAssessment("Fraud model");
        h.action(RESPONDENT, CHANNEL, false, "mlsec|open|" + code + "|attack-surface", SlackHarness.button("attack-surface"),
                null, "opened");
        Matcher dk = Pattern.compile("mlsec\\|dk\\|([A-Za-z0-9_-]{16,64})\\|data-source").matcher(h.slack.awaitResponse("opened", 1).body());
        assertThat(dk.find()).isTrue();
        run = dk.group(1);
        h.action(RESPONDENT, CHANNEL, true, dk.group(), SlackHarness.button("dk"), null, "answered");
        h.slack.awaitResponse("answered", 1);
        h.quiet();
    }

    @AfterContainer
    static void stop() {
        if (h != null) {
            h.close();
        }
    }

    @Property(tries = 1000, generation = GenerationMode.EXHAUSTIVE)
    void a_signed_block_action_with_a_malformed_field_gets_no_5xx_and_logs_no_error(
            @ForAll("presses") String base, @ForAll("malformedFields") Mutation mutation) {
        JsonObject payload = press(base);
        mutation.apply(payload);

        try (LogCapture log = LogCapture.start()) {
            SlackHttpEndpoint.HttpResult result = post(payload);
            h.quiet();

            assertThat(result.status()).as("the status for %s", mutation).isLessThan(500);
            assertThat(log.errors()).as("errors logged for %s", mutation).isEmpty();
            assertThat(log.lines()).as("log lines for %s", mutation)
                    .noneMatch(line -> line.contains("NullPointerException") || line.contains("IllegalArgumentException"));
        }
    }

    @Example
    void a_block_action_whose_actions_are_null_is_acknowledged_and_changes_nothing() {
        String before = h.core.dump();
        JsonObject payload = press("select");
        payload.add("actions", JsonParser.parseString("[null]"));

        try (LogCapture log = LogCapture.start()) {
            SlackHttpEndpoint.HttpResult result = post(payload);
            h.quiet();

            assertThat(result.status()).isEqualTo(200);
            assertThat(log.errors()).isEmpty();
        }
        assertThat(h.core.dump()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- what is sent

    /** One field of the payload set to a value of the wrong shape, or removed. */
    record Mutation(String field, String json) {
        void apply(JsonObject payload) {
            if (json == null) {
                payload.remove(field);
            } else {
                payload.add(field, JsonParser.parseString(json));
            }
        }
    }

    @Provide
    Arbitrary<String> presses() {
        return Arbitraries.of("open", "select", "submit");
    }

    @Provide
    Arbitrary<Mutation> malformedFields() {
        return Arbitraries.of(Stream.of(
                field("actions", null, "null", "\"x\"", "[]", "[null]", "[1]", "[\"x\"]", "[[]]", "[{}]", "[{\"action_id\":null}]",
                        "[{\"action_id\":{}}]", "[null,{\"action_id\":\"mlsec|pause|x\"}]", "{}"),
                field("user", null, "null", "\"U1\"", "{}", "{\"id\":null}", "{\"id\":[]}", "[]"),
                field("team", null, "null", "\"T\"", "{}", "{\"id\":null}", "{\"id\":{}}"),
                field("container", null, "null", "\"x\"", "{}", "{\"is_ephemeral\":\"maybe\"}", "[]"),
                field("channel", null, "null", "{}", "{\"id\":null}", "{\"id\":[1]}", "\"C1\""),
                field("response_url", null, "null", "\"\"", "\"not a url\"", "\"http://[::1\"", "\"ftp://hooks.example/x\"", "[]"),
                field("state", "\"x\"", "{}", "{\"values\":null}", "{\"values\":\"x\"}", "{\"values\":{\"answer\":null}}",
                        "{\"values\":{\"answer\":{\"mlsec|pick|x|framework\":null}}}"),
                field("trigger_id", null, "null", "{}", "[1]"),
                field("type", null, "null", "7", "\"view_submission\"", "\"block_actions \"")).flatMap(s -> s).toList());
    }

    private static Stream<Mutation> field(String name, String... values) {
        return Arrays.stream(values).map(v -> new Mutation(name, v));
    }

    private static int presses;

    /** A press as Slack sends it: opening a questionnaire, choosing from the run's select, or submitting ticked options. */
    static JsonObject press(String which) {
        String trigger = "hostile-" + (++presses);
        String url = h.slack.responseUrl(trigger);
        switch (which) {
            case "open":
                return SlackPayloads.actionPayload(TEAM, "UOTHER" + presses, CHANNEL, false, "mlsec|open|" + code + "|security",
                        SlackHarness.button("security"), null, trigger, url);
            case "select":
                return SlackPayloads.actionPayload(TEAM, RESPONDENT, CHANNEL, true, "mlsec|sel|" + run + "|framework",
                        SlackHarness.staticSelect("bribe"), null, trigger, url);
            default:
                return SlackPayloads.actionPayload(TEAM, RESPONDENT, CHANNEL, true, "mlsec|sub|" + run + "|framework",
                        SlackHarness.button("submit"), SlackPayloads.ticked("mlsec|pick|" + run + "|framework", "checkboxes", "bribe"),
                        trigger, url);
        }
    }

    static SlackHttpEndpoint.HttpResult post(JsonElement payload) {
        String body = "payload=" + SlackPayloads.enc(payload.toString());
        return h.post(body, h.signer.headers(body, "application/x-www-form-urlencoded"));
    }

}
