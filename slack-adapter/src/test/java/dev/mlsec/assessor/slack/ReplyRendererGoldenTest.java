package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Refusal;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.engine.RunRef;
import dev.mlsec.assessor.core.scoring.PersonalSummary;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Progress;
import dev.mlsec.assessor.questions.Questionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rendered messages compared with reviewed golden files (regenerate with {@code -Dgolden.update=true}). */
class ReplyRendererGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private final Questionnaire surface = TestQuestionnaires.attackSurface();
    private final RunRef run = new RunRef("s1", "attack-surface", "Attack surface", Optional.of("AS101"),
            Optional.of("Fraud model"));

    private Reply.Prompt prompt(int index, List<String> selected) {
        var q = surface.questions().get(index);
        return new Reply.Prompt(run, q, "Training", new Progress(index + 1, 23, false, index), selected, index > 0,
                index == 0 ? Notice.STARTED : Notice.NONE);
    }

    @Test
    void a_single_choice_with_dont_know_renders_as_buttons() throws IOException {
        golden("single-buttons.json", ReplyRenderer.render(prompt(0, List.of()), Delivery.EPHEMERAL));
    }

    @Test
    void a_long_single_choice_renders_as_a_static_select_with_the_earlier_answer_chosen() throws IOException {
        golden("single-select.json", ReplyRenderer.render(prompt(1, List.of("jax")), Delivery.EPHEMERAL));
    }

    @Test
    void a_multiple_choice_renders_as_checkboxes_with_submit_in_a_dm() throws IOException {
        golden("multiple-checkboxes-dm.json", ReplyRenderer.render(prompt(2, List.of()), Delivery.DM));
    }

    @Test
    void a_long_multiple_choice_renders_as_a_multi_select() throws IOException {
        golden("multiple-select.json", ReplyRenderer.render(prompt(3, List.of()), Delivery.EPHEMERAL));
    }

    @Test
    void the_completion_summary_shows_scores_and_top_recommendations() throws IOException {
        PersonalSummary summary = new PersonalSummary("attack-surface", "Attack surface", Dimension.EXPOSURE,
                Map.of(Attack.POISONING, 62, Attack.EVASION, 35, Attack.STEALING, 10, Attack.INFERENCE, 48),
                List.of("Sign training data", "Rate-limit the API", "Monitor queries"), 21, 2);
        golden("completed.json", ReplyRenderer.render(new Reply.Completed(run, summary), Delivery.EPHEMERAL));
    }

    @Test
    void a_refusal_is_a_friendly_line_then_where_the_respondent_is() throws IOException {
        Reply.Refused refused = new Reply.Refused(Refusal.INVALID_OPTION, "That is not one of this question's answers.",
                Optional.of(prompt(0, List.of())));
        golden("refused.json", ReplyRenderer.render(refused, Delivery.EPHEMERAL));
    }

    @Test
    void a_paused_run_offers_resume_and_both_remind_me_choices() throws IOException {
        golden("paused.json", ReplyRenderer.render(new Reply.Paused(run, new Progress(3, 23, false, 2)), Delivery.EPHEMERAL));
    }

    private static void golden(String name, SlackMessage message) throws IOException {
        String actual = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(JsonParser.parseString(message.toJsonText())) + "\n";
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
