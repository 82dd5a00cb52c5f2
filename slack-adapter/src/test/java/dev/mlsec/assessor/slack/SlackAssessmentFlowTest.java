package dev.mlsec.assessor.slack;

import static dev.mlsec.assessor.slack.SlackHarness.CHANNEL;
import static dev.mlsec.assessor.slack.SlackHarness.LEAD;
import static dev.mlsec.assessor.slack.SlackHarness.TEAM;
import static dev.mlsec.assessor.slack.SlackHarness.actionId;
import static dev.mlsec.assessor.slack.SlackHarness.actionIds;
import static dev.mlsec.assessor.slack.SlackHarness.button;
import static dev.mlsec.assessor.slack.SlackHarness.staticSelect;
import static dev.mlsec.assessor.slack.SlackHarness.ticked;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackAssessmentFlowTest {

    private final SlackHarness h = new SlackHarness();

    @AfterEach
    void close() {
        h.close();
    }

    private String createAssessment() {
        return h.newAssessment("Fraud model");
    }

    @Test
    void a_lead_creates_an_assessment_whose_root_message_and_progress_line_are_posted_in_the_channel() {
        String code = createAssessment();

        List<FakeSlackApi.Call> posts = h.slack.await("chat.postMessage", 2);
        assertThat(posts.get(0).param("channel")).isEqualTo(CHANNEL);
        assertThat(actionIds(posts.get(0).blocks())).containsExactly("mlsec|open|" + code + "|risk-impact",
                "mlsec|open|" + code + "|attack-surface", "mlsec|open|" + code + "|security");
        assertThat(posts.get(0).param("blocks")).contains("Who should answer:", "Engineers", "Security engineers");
        assertThat(posts.get(1).param("thread_ts")).isEqualTo("1700000000.001001");
        assertThat(posts.get(1).param("text"))
                .isEqualTo(":bar_chart: Completed so far: Risk impact 0 \u00b7 Attack surface 0 \u00b7 Security 0");
        assertThat(h.core.assessments().root(code)).contains(new dev.mlsec.assessor.core.assessment.RootLocation(
                dev.mlsec.assessor.core.identity.Platform.SLACK, CHANNEL + "|1700000000.001001|1700000000.001002"));
    }

    @Test
    void a_name_is_posted_exactly_as_it_is_stored_with_its_line_breaks_and_runs_of_spaces_made_one_space() {
        h.command(TEAM, LEAD, "new fraud\n\nmodel   v3 ", "lead-new");
        String confirmation = h.slack.awaitResponse("lead-new", 1).json().get("text").getAsString();

        String stored = h.core.mongo().getCollection("assessments").find().first().getString("name");
        FakeSlackApi.Call root = h.slack.calls("chat.postMessage").get(0);
        assertThat(stored).isEqualTo("fraud model v3");
        assertThat(root.param("text")).isEqualTo("ML security assessment: " + stored);
        assertThat(root.blocks().get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString())
                .isEqualTo("ML security assessment: " + stored);
        assertThat(root.blocks().get(1).getAsJsonObject().getAsJsonObject("text").get("text").getAsString())
                .startsWith("We are assessing how exposed *" + stored + "* is");
        assertThat(confirmation).contains(" for *" + stored + "* is posted");
    }

    @Test
    void three_respondents_answer_privately_and_the_lead_gets_the_report() {
        String code = createAssessment();

        // risk impact: a scale as buttons
        h.action("U1", CHANNEL, false, "mlsec|open|" + code + "|risk-impact", button("risk-impact"), null, "u1-open");
        FakeSlackApi.Call first = h.slack.awaitResponse("u1-open", 1);
        assertThat(first.json().get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(first.json().get("replace_original").getAsBoolean()).isFalse();
        assertThat(first.body()).contains("Only you can see this message", "Question 1 of 1 \u00b7 Risk impact \u00b7 Business");
        String high = actionId(first, "mlsec|a|");
        h.action("U1", CHANNEL, true, high.replaceAll("\\|[^|]+$", "|high"), button("high"), null, "u1-q1");
        FakeSlackApi.Call done = h.slack.awaitResponse("u1-q1", 1);
        assertThat(done.json().get("replace_original").getAsBoolean()).isTrue();
        assertThat(done.body()).contains("Risk impact: done, thank you!", "Model poisoning: *100*", "Protect high");

        // attack surface: don't know, static select, checkboxes + submit, multi select + submit
        h.action("U2", CHANNEL, false, "mlsec|open|" + code + "|attack-surface", button("attack-surface"), null, "u2-open");
        FakeSlackApi.Call q1 = h.slack.awaitResponse("u2-open", 1);
        h.action("U2", CHANNEL, true, actionId(q1, "mlsec|dk|"), button("dk"), null, "u2-q1");
        FakeSlackApi.Call q2 = h.slack.awaitResponse("u2-q1", 1);
        assertThat(q2.body()).contains("\"type\":\"static_select\"");
        h.action("U2", CHANNEL, true, actionId(q2, "mlsec|sel|"), staticSelect("jax"), null, "u2-q2");
        FakeSlackApi.Call q3 = h.slack.awaitResponse("u2-q2", 1);
        assertThat(q3.body()).contains("\"type\":\"checkboxes\"");
        String pick3 = actionId(q3, "mlsec|pick|");
        assertThat(h.action("U2", CHANNEL, true, pick3, button("x"), null, "u2-tick").status()).isEqualTo(200);
        h.action("U2", CHANNEL, true, actionId(q3, "mlsec|sub|"), button("submit"),
                ticked(pick3, "checkboxes", "s3", "local"), "u2-q3");
        FakeSlackApi.Call q4 = h.slack.awaitResponse("u2-q3", 1);
        assertThat(q4.body()).contains("\"type\":\"multi_static_select\"");
        String pick4 = actionId(q4, "mlsec|pick|");
        h.action("U2", CHANNEL, true, actionId(q4, "mlsec|sub|"), button("submit"),
                ticked(pick4, "multi_static_select", "text", "logs"), "u2-q4");
        assertThat(h.slack.awaitResponse("u2-q4", 1).body()).contains("Attack surface: done, thank you!");
        assertThat(h.slack.responses("u2-tick")).isEmpty();

        // security, in a DM because ephemeral delivery is refused
        h.slack.refuseResponseUrl("u3-open");
        h.action("U3", CHANNEL, false, "mlsec|open|" + code + "|security", button("security"), null, "u3-open");
        FakeSlackApi.Call dm = h.slack.await("chat.postMessage", 3).get(2);
        assertThat(dm.param("channel")).isEqualTo("DU3");
        assertThat(dm.param("blocks")).contains("in a private DM with the bot").doesNotContain("Continue in a DM");
        String always = actionIds(dm.blocks()).stream().filter(a -> a.endsWith("|always")).findFirst().orElseThrow();
        h.action("U3", "DU3", false, always, button("always"), null, "u3-q1");
        assertThat(h.slack.awaitResponse("u3-q1", 1).body()).contains("Security: done, thank you!", "private DM");

        assertThat(h.storedAnswers()).containsExactlyInAnyOrder("harm=high", "data-source=dont-know", "framework=jax",
                "stores=s3,local", "inputs=text,logs", "review=always");
        List<FakeSlackApi.Call> updates = h.slack.await("chat.update", 3);
        assertThat(updates.get(2).param("text"))
                .isEqualTo(":bar_chart: Completed so far: Risk impact 1 \u00b7 Attack surface 1 \u00b7 Security 1");
        assertThat(updates).allSatisfy(u -> assertThat(u.param("ts")).isEqualTo("1700000000.001002"));

        // the report: key figures to the lead, files uploaded to a DM
        h.command(TEAM, LEAD, "report " + code, "lead-report");
        FakeSlackApi.Call report = h.slack.awaitResponse("lead-report", 1);
        assertThat(report.body()).contains("Risk report: Fraud model", "Risk impact: 1 completed", "Model poisoning: residual risk",
                "in your DM with me");
        assertThat(h.slack.calls("files.getUploadURLExternal")).hasSize(3);
        assertThat(h.slack.calls("files.getUploadURLExternal")).extracting(c -> c.param("filename"))
                .containsExactly(code + "-residual-risk.png", code + "-exposure-heat-map.png", code + "-report.html");
        FakeSlackApi.Call complete = h.slack.await("files.completeUploadExternal", 1).get(0);
        assertThat(complete.param("channel_id")).isEqualTo("DULEAD");
        assertThat(h.slack.methods()).filteredOn(m -> m.startsWith("upload/")).hasSize(3);
    }

    @Test
    void a_forged_option_is_refused_by_the_engine_and_nothing_is_recorded() {
        String code = createAssessment();
        h.action("U1", CHANNEL, false, "mlsec|open|" + code + "|security", button("security"), null, "open");
        String always = actionIds(h.slack.awaitResponse("open", 1).blocks()).stream()
                .filter(a -> a.endsWith("|always")).findFirst().orElseThrow();

        h.action("U1", CHANNEL, true, always.replace("|always", "|bribe"), button("bribe"), null, "forged");

        assertThat(h.slack.awaitResponse("forged", 1).body())
                .contains(":information_source: That answer is not one of this question\\u0027s options.", "Here is where you are:");
        assertThat(h.storedAnswers()).isEmpty();
    }

    @Test
    void another_users_session_id_is_refused() {
        String code = createAssessment();
        h.action("U1", CHANNEL, false, "mlsec|open|" + code + "|security", button("security"), null, "open");
        String always = actionIds(h.slack.awaitResponse("open", 1).blocks()).stream()
                .filter(a -> a.endsWith("|always")).findFirst().orElseThrow();

        h.action("U2", CHANNEL, true, always, button("always"), null, "other");

        assertThat(h.slack.awaitResponse("other", 1).body()).contains("I can\\u0027t find that questionnaire run.");
        assertThat(h.storedAnswers()).isEmpty();
    }

    @Test
    void an_unknown_action_id_gets_a_friendly_reply() {
        h.action("U1", CHANNEL, true, "approve_all", button("x"), null, "unknown");

        assertThat(h.slack.awaitResponse("unknown", 1).body())
                .contains("That button is not one I recognise; it may be from an older message. Use `/mlsec resume`")
                .doesNotContain("Exception");
    }

    @Test
    void a_retried_action_delivery_is_recorded_once() {
        String code = createAssessment();
        h.action("U1", CHANNEL, false, "mlsec|open|" + code + "|security", button("security"), null, "open");
        String always = actionIds(h.slack.awaitResponse("open", 1).blocks()).stream()
                .filter(a -> a.endsWith("|always")).findFirst().orElseThrow();
        String body = SlackHarness.actionBody(SlackHarness.actionPayload(TEAM, "U1", CHANNEL, true, always, button("always"),
                null, "same-trigger", h.slack.responseUrl("answer")));

        h.post(body, h.signer.headers(body, "application/x-www-form-urlencoded"));
        var headers = new java.util.LinkedHashMap<>(h.signer.headers(body, "application/x-www-form-urlencoded"));
        headers.put(SlackSigner.RETRY_NUM, List.of("1"));
        assertThat(h.post(body, headers).status()).isEqualTo(200);

        h.slack.awaitResponse("answer", 1);
        assertThat(h.storedAnswers()).containsExactly("review=always");
        assertThat(h.slack.responses("answer")).hasSize(1);
    }

    @Test
    void a_retried_new_command_creates_one_assessment() {
        String body = SlackHarness.commandBody(TEAM, LEAD, "new Fraud model", "same-trigger", h.slack.responseUrl("new"));
        h.post(body, h.signer.headers(body, "application/x-www-form-urlencoded"));
        var headers = new java.util.LinkedHashMap<>(h.signer.headers(body, "application/x-www-form-urlencoded"));
        headers.put(SlackSigner.RETRY_NUM, List.of("1"));

        assertThat(h.post(body, headers).status()).isEqualTo(200);

        h.slack.awaitResponse("new", 1);
        assertThat(h.slack.calls("chat.postMessage")).hasSize(2);
        assertThat(h.slack.responses("new")).hasSize(1);
    }

    @Test
    void a_report_withheld_until_every_questionnaire_is_answered_says_why_and_promises_no_files() {
        String code = createAssessment();
        h.answerToTheEnd("U1", code, "security");

        h.command(TEAM, LEAD, "report " + code, "early");

        assertThat(h.slack.awaitResponse("early", 1).body())
                .contains("Risk report: Fraud model", "Still missing: Risk impact, Attack surface.")
                .doesNotContain("The charts and the HTML report are in");
        assertThat(h.slack.calls("files.getUploadURLExternal")).isEmpty();
    }

    @Test
    void a_non_lead_asking_for_a_report_is_told_who_can() {
        String code = createAssessment();

        h.command(TEAM, "U9", "report " + code, "nonlead");

        assertThat(h.slack.awaitResponse("nonlead", 1).body()).contains(":no_entry: Only leads can do that: \\u003c@ULEAD\\u003e.");
        assertThat(h.slack.calls("files.getUploadURLExternal")).isEmpty();
    }

    @Test
    void another_workspaces_assessment_code_is_unknown() {
        String code = createAssessment();

        h.command("T0OTHER", LEAD, "status " + code, "other");

        assertThat(h.slack.awaitResponse("other", 1).body())
                .contains("I know no assessment `" + code + "` in this workspace.");
    }

    @Test
    void members_of_a_lead_user_group_are_leads() {
        try (SlackHarness group = new SlackHarness(java.util.Set.of("S0614TZR7"))) {
            group.slack.userGroup("S0614TZR7", java.util.Set.of("UMEMBER"));

            group.command(TEAM, "UMEMBER", "new Search ranker", "member");

            assertThat(group.slack.awaitResponse("member", 1).body()).contains("is posted here");
            assertThat(group.slack.calls("usergroups.users.list").get(0).param("usergroup")).isEqualTo("S0614TZR7");
        }
    }
}
