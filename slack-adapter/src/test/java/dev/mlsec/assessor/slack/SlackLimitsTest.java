package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SlackLimitsTest {

    static Stream<Questionnaire> questionnaires() {
        List<Questionnaire> all = new ArrayList<>(QuestionnaireLoader.loadBundled());
        all.addAll(TestQuestionnaires.all());
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("questionnaires")
    void every_question_stays_within_slacks_limits_in_both_deliveries(Questionnaire questionnaire) {
        for (Reply.Prompt prompt : SlackPreview.prompts(questionnaire)) {
            for (Delivery delivery : Delivery.values()) {
                SlackMessage message = ReplyRenderer.render(prompt, delivery);
                checkLimits(prompt.question().id(), message.toJson());
                SlackMessage why = ReplyRenderer.render(new Reply.Explanation(prompt.question().why(), prompt), delivery);
                checkLimits(prompt.question().id(), why.toJson());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("questionnaires")
    void the_root_message_stays_within_slacks_limits(Questionnaire questionnaire) {
        dev.mlsec.assessor.core.report.AssessmentStatus status = new dev.mlsec.assessor.core.report.AssessmentStatus("ABC-7K2QX",
                "x".repeat(80), List.of(new dev.mlsec.assessor.core.report.Coverage(questionnaire.id(), questionnaire.title(),
                        questionnaire.audience(), 123456)));
        checkLimits("root", RootMessage.render(dev.mlsec.assessor.core.lead.RootView.of(status, List.of(questionnaire))).toJson());
    }

    @org.junit.jupiter.api.Test
    void every_page_of_a_crowded_home_stays_within_slacks_limits() {
        try (dev.mlsec.assessor.core.testing.TestAssessor core = dev.mlsec.assessor.core.testing.TestAssessor.withBundledQuestionnaires()) {
            dev.mlsec.assessor.core.identity.Respondent lead = new dev.mlsec.assessor.core.identity.Respondent(
                    dev.mlsec.assessor.core.identity.Platform.SLACK, "T-CROWD", "U-LEAD");
            for (int i = 0; i < 30; i++) {
                core.assessments().create(lead.spaceOf(), "x".repeat(70) + i);
            }
            core.questionnaires().forEach(q -> core.engine().handle(lead,
                    new dev.mlsec.assessor.core.engine.Command.Start(q.id(), java.util.Optional.empty())));
            dev.mlsec.assessor.core.home.HomeView first = core.home().of(lead, 1);
            assertThat(first.pages()).isGreaterThan(1);
            for (int page = 1; page <= first.pages(); page++) {
                List<com.slack.api.model.block.LayoutBlock> blocks = HomeRenderer.blocks(core.home().of(lead, page));
                assertThat(blocks.size()).as("home page " + page).isLessThanOrEqualTo(HomeRenderer.HOME_BLOCKS);
                checkLimits("home page " + page, new SlackMessage("home", blocks).toJson());
            }
        }
    }

    static void checkLimits(String where, JsonObject payload) {
        JsonArray blocks = payload.getAsJsonArray("blocks");
        assertThat(blocks.size()).as(where + " blocks").isBetween(1, Limits.BLOCKS_PER_MESSAGE);
        List<String> blockIds = new ArrayList<>();
        List<String> actionIds = new ArrayList<>();
        for (JsonElement b : blocks) {
            JsonObject block = b.getAsJsonObject();
            if (block.has("block_id")) {
                blockIds.add(block.get("block_id").getAsString());
            }
            if (block.has("accessory")) {
                actionIds.add(block.getAsJsonObject("accessory").get("action_id").getAsString());
            }
            if (block.has("elements") && block.get("type").getAsString().equals("actions")) {
                block.getAsJsonArray("elements").forEach(e -> actionIds.add(e.getAsJsonObject().get("action_id").getAsString()));
            }
            String type = block.get("type").getAsString();
            if (type.equals("header")) {
                assertThat(text(block)).as(where + " header").hasSizeLessThanOrEqualTo(Limits.HEADER_TEXT);
            }
            if (type.equals("section")) {
                assertThat(text(block)).as(where + " section").hasSizeLessThanOrEqualTo(Limits.SECTION_TEXT);
                if (block.has("accessory")) {
                    checkElement(where, block.getAsJsonObject("accessory"));
                }
            }
            if (type.equals("actions")) {
                JsonArray elements = block.getAsJsonArray("elements");
                assertThat(elements.size()).as(where + " actions").isBetween(1, Limits.ELEMENTS_PER_ACTIONS_BLOCK);
                elements.forEach(e -> checkElement(where, e.getAsJsonObject()));
            }
        }
        assertThat(blockIds).as(where + " block ids").doesNotHaveDuplicates();
        assertThat(actionIds).as(where + " action ids").doesNotHaveDuplicates();
    }

    private static void checkElement(String where, JsonObject e) {
        String type = e.get("type").getAsString();
        assertThat(e.get("action_id").getAsString()).as(where + " action_id").hasSizeLessThanOrEqualTo(Limits.ACTION_ID);
        assertThat(ActionRoute.parse(e.get("action_id").getAsString())).as(where + " action_id is ours").isPresent();
        if (type.equals("button")) {
            assertThat(text(e)).as(where + " button text").hasSizeLessThanOrEqualTo(Limits.BUTTON_TEXT);
            assertThat(e.get("value").getAsString()).as(where + " button value").hasSizeLessThanOrEqualTo(Limits.BUTTON_VALUE);
        }
        if (e.has("options")) {
            JsonArray options = e.getAsJsonArray("options");
            int max = type.equals("checkboxes") ? Limits.CHECKBOX_OPTIONS : Limits.SELECT_OPTIONS;
            assertThat(options.size()).as(where + " " + type + " options").isBetween(1, max);
            for (JsonElement o : options) {
                assertThat(text(o.getAsJsonObject())).as(where + " option text").hasSizeLessThanOrEqualTo(Limits.OPTION_TEXT);
                assertThat(o.getAsJsonObject().get("value").getAsString()).as(where + " option value")
                        .hasSizeLessThanOrEqualTo(Limits.OPTION_VALUE);
            }
        }
    }

    private static String text(JsonObject o) {
        return o.getAsJsonObject("text").get("text").getAsString();
    }
}
