package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.engine.RunRef;
import dev.mlsec.assessor.questions.Progress;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/** A few rendered messages against golden JSON; set -Dgolden.update=true to rewrite them after a deliberate change. */
class DiscordPreviewGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void the_first_question_of_each_bundled_questionnaire_matches_its_golden_payload() throws IOException {
        for (Questionnaire questionnaire : QuestionnaireLoader.loadBundled()) {
            DataObject first = DiscordPreview.messages(questionnaire).get(0).message().toData();
            check(questionnaire.id() + "-first.json", first.toPrettyString());
        }
    }

    @Test
    void a_multiple_choice_question_matches_its_golden_payload() throws IOException {
        Questionnaire questionnaire = QuestionnaireLoader.loadBundled().get(0);
        for (Questionnaire q : QuestionnaireLoader.loadBundled()) {
            for (DiscordPreview.Rendered r : DiscordPreview.messages(q)) {
                if (r.question().kind() instanceof QuestionKind.MultipleChoice) {
                    check("multiple-choice.json", r.message().toData().toPrettyString());
                    return;
                }
            }
        }
        throw new AssertionError("no multiple choice question in " + questionnaire.id());
    }

    @Test
    void a_paused_run_offers_resume_and_both_remind_me_choices() throws IOException {
        RunRef run = new RunRef("s1", "attack-surface", "Attack surface", Optional.of("AS101"), Optional.of("Fraud model"));
        check("paused.json", ReplyMessages.render(new Reply.Paused(run, new Progress(3, 23, false, 2))).toData().toPrettyString());
    }

    @Test
    void the_preview_lists_every_question_in_order() {
        Questionnaire questionnaire = QuestionnaireLoader.loadBundled().get(0);
        DataObject preview = DataObject.fromJson(DiscordPreview.render(questionnaire));
        assertThat(preview.getArray("messages").length()).isEqualTo(questionnaire.questions().size());
        assertThat(preview.getArray("messages").getObject(0).getString("question"))
                .isEqualTo(questionnaire.questions().get(0).id());
    }

    private static void check(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual + "\n", StandardCharsets.UTF_8);
        }
        assertThat(actual + "\n").isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
