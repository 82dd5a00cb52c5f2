package dev.mlsec.assessor.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.mlsec.assessor.app.console.ConsoleInput;
import dev.mlsec.assessor.app.console.ConsoleRenderer;
import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.engine.RunRef;
import dev.mlsec.assessor.core.scoring.PersonalSummary;
import dev.mlsec.assessor.core.view.Control;
import dev.mlsec.assessor.core.view.PromptView;
import dev.mlsec.assessor.core.view.RemindMe;
import dev.mlsec.assessor.core.view.Surface;
import dev.mlsec.assessor.core.view.View;
import dev.mlsec.assessor.discord.ReplyMessages;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Progress;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import dev.mlsec.assessor.slack.ActionRoute;
import dev.mlsec.assessor.slack.Delivery;
import dev.mlsec.assessor.slack.ReplyRenderer;
import dev.mlsec.assessor.slack.SlackPreview;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table over the three channels: for every bundled question, Slack's buttons, Discord's
 * components and the console's keys offer exactly the controls the core's view of the question
 * holds, a paused run offers the same Resume and "Remind me" buttons, and a completed
 * questionnaire's summary shows the same scores and the same three recommendations in all three.
 */
class SameControlsInEveryChannelTest {

    static Stream<Arguments> everyBundledQuestion() {
        List<Arguments> rows = new ArrayList<>();
        for (Questionnaire questionnaire : QuestionnaireLoader.loadBundled()) {
            for (Reply.Prompt prompt : SlackPreview.prompts(questionnaire)) {
                rows.add(Arguments.of(questionnaire.id() + "/" + prompt.question().id(), prompt));
            }
            // the first question of an assessment's questionnaire with fewer than k answer sets
            Reply.Prompt first = SlackPreview.prompts(questionnaire).get(0).withNotice(Notice.FEW_ANSWER_SETS);
            rows.add(Arguments.of(questionnaire.id() + "/" + first.question().id() + " with few answer sets", first));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyBundledQuestion")
    void slack_discord_and_the_console_offer_exactly_the_controls_the_core_decided(String question, Reply.Prompt prompt) {
        Set<Control> decided = EnumSet.copyOf(PromptView.of(prompt, Optional.empty(), Surface.DIRECT_MESSAGE).controls());

        assertThat(slack(ReplyRenderer.render(prompt, Delivery.DM).toJson())).as("Slack, in a DM").isEqualTo(decided);
        assertThat(discord(ReplyMessages.render(prompt).toData())).as("Discord").isEqualTo(decided);
        assertThat(console(new ConsoleRenderer().render(ConsoleRenderer.view(prompt)))).as("console").isEqualTo(decided);

        Set<Control> inChannel = EnumSet.copyOf(decided);
        inChannel.add(Control.CONTINUE_ELSEWHERE);
        assertThat(slack(ReplyRenderer.render(prompt, Delivery.EPHEMERAL).toJson())).as("Slack, in a channel").isEqualTo(inChannel);
    }

    @Test
    void answering_on_your_own_is_offered_beside_the_few_answer_sets_warning_only() {
        Reply.Prompt first = SlackPreview.prompts(QuestionnaireLoader.loadBundled().get(0)).get(0);
        assertThat(PromptView.of(first.withNotice(Notice.FEW_ANSWER_SETS), Optional.empty(), Surface.DIRECT_MESSAGE)
                .controls()).contains(Control.ANSWER_ALONE);
        for (Notice other : List.of(Notice.STARTED, Notice.PRIVATE, Notice.NONE, Notice.RESUMED)) {
            assertThat(PromptView.of(first.withNotice(other), Optional.empty(), Surface.DIRECT_MESSAGE).controls())
                    .as(other.name()).doesNotContain(Control.ANSWER_ALONE);
        }
    }

    @Test
    void a_completed_questionnaire_shows_the_same_scores_and_the_same_three_recommendations_everywhere() {
        RunRef run = new RunRef("run-0123456789abcdef", "security", "Security of your ML system",
                Optional.empty(), Optional.empty());
        PersonalSummary summary = new PersonalSummary("security", "Security of your ML system", Dimension.MITIGATION,
                Map.of(Attack.values()[0], 17, Attack.values()[1], 83), List.of("Rec one", "Rec two", "Rec three", "Rec four"), 9, 1);
        Reply.Completed completed = new Reply.Completed(run, summary);

        List<String> shown = List.of(ReplyRenderer.render(completed, Delivery.DM).toJsonText(),
                ReplyMessages.render(completed).toData().toString(),
                new ConsoleRenderer().render(ConsoleRenderer.view(completed)));

        for (String rendering : shown) {
            assertThat(rendering).contains("Rec one", "Rec two", "Rec three", "17", "83").doesNotContain("Rec four");
        }
    }

    @Test
    void a_paused_run_offers_exactly_the_resume_and_remind_me_buttons_the_core_decided_everywhere() {
        RunRef run = new RunRef("run-0123456789abcdef", "security", "Security of your ML system",
                Optional.empty(), Optional.empty());
        Reply.Paused paused = new Reply.Paused(run, new Progress(3, 23, false, 2));
        View.Paused inChat = (View.Paused) View.of(paused, Surface.EPHEMERAL_REPLY);
        List<String> decided = new ArrayList<>();
        inChat.resume().ifPresent(decided::add);
        inChat.remind().stream().map(RemindMe::label).forEach(decided::add);
        assertThat(decided).as("the core's paused controls").startsWith(View.RESUME).hasSize(1 + RemindMe.values().length);

        assertThat(slackLabels(ReplyRenderer.render(paused, Delivery.DM).toJson())).as("Slack, in a DM").isEqualTo(decided);
        assertThat(slackLabels(ReplyRenderer.render(paused, Delivery.EPHEMERAL).toJson())).as("Slack, in a channel")
                .isEqualTo(decided);
        assertThat(discordLabels(ReplyMessages.render(paused).toData())).as("Discord").isEqualTo(decided);

        View.Paused inTerminal = (View.Paused) View.of(paused, Surface.TERMINAL);
        assertThat(inTerminal.resume()).as("a pause ends the console").isEmpty();
        assertThat(inTerminal.remind()).isEmpty();
        String console = new ConsoleRenderer().render(ConsoleRenderer.view(paused));
        assertThat(console).contains("resume with " + Surface.TERMINAL.resume())
                .doesNotContain(View.RESUME).doesNotContain(RemindMe.TOMORROW.label());
    }

    private static List<String> slackLabels(JsonObject message) {
        List<String> labels = new ArrayList<>();
        for (JsonElement block : message.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("elements") && "actions".equals(b.get("type").getAsString())) {
                for (JsonElement element : b.getAsJsonArray("elements")) {
                    labels.add(element.getAsJsonObject().getAsJsonObject("text").get("text").getAsString());
                }
            }
        }
        return labels;
    }

    private static List<String> discordLabels(DataObject message) {
        List<String> labels = new ArrayList<>();
        DataArray rows = message.optArray("components").orElse(DataArray.empty());
        for (int r = 0; r < rows.length(); r++) {
            DataArray components = rows.getObject(r).getArray("components");
            for (int c = 0; c < components.length(); c++) {
                labels.add(components.getObject(c).getString("label"));
            }
        }
        return labels;
    }

    private static Set<Control> slack(JsonObject message) {
        Set<Control> offered = EnumSet.noneOf(Control.class);
        for (JsonElement block : message.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("elements") && "actions".equals(b.get("type").getAsString())) {
                for (JsonElement element : b.getAsJsonArray("elements")) {
                    ActionRoute.parse(element.getAsJsonObject().get("action_id").getAsString())
                            .flatMap(route -> control(route.kind())).ifPresent(offered::add);
                }
            }
        }
        return offered;
    }

    private static Optional<Control> control(ActionRoute.Kind kind) {
        return switch (kind) {
            case ANSWER, SELECT, PICK, SUBMIT -> Optional.of(Control.ANSWER);
            case DONT_KNOW -> Optional.of(Control.DONT_KNOW);
            case BACK -> Optional.of(Control.BACK);
            case SKIP -> Optional.of(Control.SKIP);
            case WHY -> Optional.of(Control.WHY);
            case PAUSE -> Optional.of(Control.PAUSE);
            case ALONE -> Optional.of(Control.ANSWER_ALONE);
            case MOVE_TO_DM -> Optional.of(Control.CONTINUE_ELSEWHERE);
            case OPEN, SHOW, REMIND, HOME_PAGE, HOME_REPORT -> Optional.empty();
        };
    }

    /** The keys listed in the line under the options, e.g. "[1-4 Choose one; d I don't know; q Pause; h help]". */
    private static Set<Control> console(String text) {
        String keys = text.lines().filter(l -> l.startsWith("[") && l.endsWith("]")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no line of keys in:\n" + text));
        Set<Control> offered = EnumSet.noneOf(Control.class);
        for (String entry : keys.substring(1, keys.length() - 1).split("; ")) {
            String key = entry.split(" ", 2)[0];
            if (key.matches("1-\\d+")) {
                offered.add(Control.ANSWER);
                continue;
            }
            if (key.equals("h")) {
                continue;
            }
            Control control = Stream.of(Control.values()).filter(c -> ConsoleInput.key(c).equals(key)).findFirst()
                    .orElseThrow(() -> new AssertionError("a key of no known control: " + key));
            offered.add(control);
        }
        return offered;
    }

    private static Set<Control> discord(DataObject message) {
        Set<Control> offered = EnumSet.noneOf(Control.class);
        DataArray rows = message.getArray("components");
        for (int r = 0; r < rows.length(); r++) {
            DataArray components = rows.getObject(r).getArray("components");
            for (int c = 0; c < components.length(); c++) {
                String kind = components.getObject(c).getString("custom_id").split(":", 2)[0];
                switch (kind) {
                    case "a", "m" -> offered.add(Control.ANSWER);
                    case "d" -> offered.add(Control.DONT_KNOW);
                    case "b" -> offered.add(Control.BACK);
                    case "k" -> offered.add(Control.SKIP);
                    case "w" -> offered.add(Control.WHY);
                    case "p" -> offered.add(Control.PAUSE);
                    case "o" -> offered.add(Control.ANSWER_ALONE);
                    default -> throw new AssertionError("a component of no known kind: " + kind);
                }
            }
        }
        return offered;
    }
}
