package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import org.junit.jupiter.api.Test;

class SlackPreviewTest {

    @Test
    void the_preview_holds_every_question_as_the_adapter_sends_it() {
        for (Questionnaire questionnaire : QuestionnaireLoader.loadBundled()) {
            JsonObject preview = JsonParser.parseString(SlackPreview.render(questionnaire)).getAsJsonObject();
            JsonArray messages = preview.getAsJsonArray("messages");

            assertThat(preview.get("questionnaire").getAsString()).isEqualTo(questionnaire.id());
            assertThat(messages.size()).isEqualTo(questionnaire.questions().size());
            for (int i = 0; i < messages.size(); i++) {
                JsonObject message = messages.get(i).getAsJsonObject();
                assertThat(message.get("question").getAsString()).isEqualTo(questionnaire.questions().get(i).id());
                assertThat(message.getAsJsonObject("payload")).isEqualTo(ReplyRenderer.render(
                        SlackPreview.prompts(questionnaire).get(i), Delivery.EPHEMERAL).toJson());
            }
        }
    }
}
