package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlsec.assessor.core.home.HomeService;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The App Home through the real Bolt app over HTTP, against the fake Web API. */
class SlackAppHomeTest {

    private static final String MEMBER = "UMEMBER";
    private static final String OTHER_TEAM = "T0OTHER";

    private final SlackHarness h = SlackHarness.observable();

    {
        h.bot.home(h.core.home());
    }

    @AfterEach
    void close() {
        h.close();
    }

    private SlackHttpEndpoint.HttpResult opened(String team, String user) {
        String body = SlackPayloads.homeOpened(team, user, "Ev" + h.nextTrigger()).toString();
        return h.post(body, h.signer.headers(body, "application/json"));
    }

    private SlackHttpEndpoint.HttpResult pressed(String team, String user, String actionId) {
        String body = SlackPayloads.actionBody(SlackPayloads.homeAction(team, user, actionId, h.nextTrigger()));
        return h.post(body, h.signer.headers(body, "application/x-www-form-urlencoded"));
    }

    /** The n-th view published (from 1), for the user it was published to. */
    private JsonObject published(int n, String user) {
        FakeSlackApi.Call call = h.slack.await("views.publish", n).get(n - 1);
        assertThat(call.param("user_id")).isEqualTo(user);
        return JsonParser.parseString(call.param("view")).getAsJsonObject();
    }

    /** Starts a questionnaire with the slash command and returns its run id. */
    private String started(String user, String questionnaire) {
        String ack = h.command(SlackHarness.TEAM, user, "start " + questionnaire, "start-" + h.nextTrigger()).body();
        Matcher run = Pattern.compile("mlsec\\|dm\\|([A-Za-z0-9_-]{16,64})").matcher(ack);
        assertThat(run.find()).isTrue();
        return run.group(1);
    }

    @Test
    void opening_the_home_tab_publishes_the_members_open_run_with_a_resume_button() {
        String run = started(MEMBER, "attack-surface");
        h.quiet();
        int before = h.slack.calls("views.publish").size();

        assertThat(opened(SlackHarness.TEAM, MEMBER).status()).isEqualTo(200);

        JsonObject view = published(before + 1, MEMBER);
        assertThat(view.get("type").getAsString()).isEqualTo("home");
        String blocks = view.get("blocks").toString();
        assertThat(blocks).contains(HomeService.OPEN_RUNS).contains("Attack surface").contains("Question 1 of")
                .contains("mlsec|show|" + run).doesNotContain("(for leads)");
        assertThat(view.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(HomeRenderer.HOME_BLOCKS);
    }

    @Test
    void a_lead_sees_the_workspaces_assessments_with_their_progress_and_a_report_button() {
        String code = h.newAssessment("Fraud model");

        opened(SlackHarness.TEAM, SlackHarness.LEAD);

        String blocks = published(1, SlackHarness.LEAD).get("blocks").toString();
        assertThat(blocks).contains("Assessments in this workspace (for leads)").contains("Fraud model")
                .contains(code).contains("Completed so far: ").contains("mlsec|hrep|" + code);
    }

    @Test
    void a_leads_open_home_is_published_again_when_someone_completes_a_questionnaire_of_an_assessment() {
        String code = h.newAssessment("Fraud model");
        opened(SlackHarness.TEAM, SlackHarness.LEAD);
        assertThat(published(1, SlackHarness.LEAD).get("blocks").toString()).contains("Security 0");

        h.answerToTheEnd(MEMBER, code, "security");

        assertThat(leadsHomeShows("Security 1")).as("the lead's home, published again with the new count").isTrue();
    }

    /** Waits (up to ten seconds) until a view published to the lead contains the text. */
    private boolean leadsHomeShows(String text) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (h.slack.calls("views.publish").stream().anyMatch(c -> SlackHarness.LEAD.equals(c.param("user_id"))
                    && c.param("view").contains(text))) {
                return true;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Test
    void pressing_resume_on_the_home_continues_the_run_in_a_dm_and_publishes_the_home_again() {
        String run = started(MEMBER, "attack-surface");
        h.quiet();
        int published = h.slack.calls("views.publish").size();

        pressed(SlackHarness.TEAM, MEMBER, "mlsec|show|" + run);

        FakeSlackApi.Call dm = h.slack.await("chat.postMessage", 1).get(0);
        assertThat(dm.param("channel")).isEqualTo("D" + MEMBER);
        assertThat(dm.param("blocks")).contains("Where does the training data come from?").contains("mlsec|a|" + run);
        h.slack.await("views.publish", published + 1);
    }

    @Test
    void the_home_is_published_again_after_a_step() {
        String run = started(MEMBER, "attack-surface");
        h.quiet();
        int published = h.slack.calls("views.publish").size();

        h.action(MEMBER, "D" + MEMBER, false, "mlsec|dk|" + run + "|data-source", SlackHarness.button("dk"), null, "step");

        h.slack.awaitResponse("step", 1);
        String blocks = published(published + 1, MEMBER).get("blocks").toString();
        assertThat(blocks).contains("Question 2 of").contains("mlsec|show|" + run);
    }

    @Test
    void a_resume_press_for_another_persons_run_is_answered_like_an_unknown_run_and_changes_nothing() {
        String run = started(MEMBER, "attack-surface");
        h.quiet();
        String before = h.core.dump();

        pressed(SlackHarness.TEAM, "UINTRUDER", "mlsec|show|" + run);

        FakeSlackApi.Call dm = h.slack.await("chat.postMessage", 1).get(0);
        assertThat(dm.param("channel")).isEqualTo("DUINTRUDER");
        assertThat(dm.text()).contains("I can't find that questionnaire run").doesNotContain("training data");
        h.quiet();
        assertThat(h.core.dump()).isEqualTo(before);
    }

    @Test
    void a_resume_press_for_a_finished_run_is_refused_and_changes_nothing() {
        String run = started(MEMBER, "security");
        h.action(MEMBER, "D" + MEMBER, false, "mlsec|a|" + run + "|review|always", SlackHarness.button("always"), null, "done");
        assertThat(h.slack.awaitResponse("done", 1).body()).contains("done, thank you");
        h.quiet();
        String before = h.core.dump();
        int posted = h.slack.calls("chat.postMessage").size();

        pressed(SlackHarness.TEAM, MEMBER, "mlsec|show|" + run);

        FakeSlackApi.Call dm = h.slack.await("chat.postMessage", posted + 1).get(posted);
        assertThat(dm.text()).contains("already complete").doesNotContain("Is training data reviewed");
        h.quiet();
        assertThat(h.core.dump()).isEqualTo(before);
    }

    @Test
    void a_forged_home_press_of_another_workspace_posts_nothing_and_changes_nothing() {
        String run = started(MEMBER, "attack-surface");
        h.quiet();
        String before = h.core.dump();
        int calls = h.slack.calls("chat.postMessage").size() + h.slack.calls("views.publish").size();

        pressed(OTHER_TEAM, MEMBER, "mlsec|show|" + run);
        opened(OTHER_TEAM, MEMBER);
        h.quiet();

        assertThat(h.slack.calls("chat.postMessage").size() + h.slack.calls("views.publish").size()).isEqualTo(calls);
        assertThat(h.core.dump()).isEqualTo(before);
    }

    @Test
    void an_unreadable_home_press_posts_nothing() {
        int calls = h.slack.calls().size();
        pressed(SlackHarness.TEAM, MEMBER, "mlsec|show|not a run|extra");
        pressed(SlackHarness.TEAM, MEMBER, "somebody-elses-button");
        h.quiet();
        assertThat(h.slack.methods().subList(calls, h.slack.calls().size())).doesNotContain("chat.postMessage", "views.publish");
    }

    @Test
    void a_lead_pressing_report_on_the_home_gets_the_report_in_a_dm() {
        String code = h.newAssessment("Fraud model");
        int posted = h.slack.calls("chat.postMessage").size();

        pressed(SlackHarness.TEAM, SlackHarness.LEAD, "mlsec|hrep|" + code);

        FakeSlackApi.Call dm = h.slack.await("chat.postMessage", posted + 1).get(posted);
        assertThat(dm.param("channel")).isEqualTo("D" + SlackHarness.LEAD);
        assertThat(dm.text()).contains(code);
    }

    @Test
    void a_member_pressing_a_forged_report_button_is_refused() {
        String code = h.newAssessment("Fraud model");
        int posted = h.slack.calls("chat.postMessage").size();

        pressed(SlackHarness.TEAM, MEMBER, "mlsec|hrep|" + code);

        FakeSlackApi.Call dm = h.slack.await("chat.postMessage", posted + 1).get(posted);
        assertThat(dm.text()).contains("Only leads can do that");
        assertThat(List.of(dm.text())).noneMatch(t -> t.contains("Risk report"));
    }
}
