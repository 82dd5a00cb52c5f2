package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class DiscordLimitsTest {

    private final List<Questionnaire> bundled = QuestionnaireLoader.loadBundled();

    @Test
    void every_bundled_question_renders_within_discords_limits() {
        int checked = 0;
        for (Questionnaire questionnaire : bundled) {
            for (DiscordPreview.Rendered rendered : DiscordPreview.messages(questionnaire)) {
                String where = questionnaire.id() + "/" + rendered.question().id();
                DataObject payload = rendered.message().toData();
                assertThat(payload.getString("content").length()).as(where + " content").isLessThanOrEqualTo(2000);
                DataArray rows = payload.getArray("components");
                assertThat(rows.length()).as(where + " rows").isBetween(2, 5);
                for (int r = 0; r < rows.length(); r++) {
                    DataArray children = rows.getObject(r).getArray("components");
                    assertThat(children.length()).as(where + " components in a row").isBetween(1, 5);
                    for (int c = 0; c < children.length(); c++) {
                        DataObject component = children.getObject(c);
                        assertThat(component.getString("custom_id").length()).as(where + " custom id").isLessThanOrEqualTo(100);
                        if (component.getInt("type") == 2) {
                            assertThat(component.getString("label").length()).as(where + " label").isLessThanOrEqualTo(80);
                        } else {
                            DataArray options = component.getArray("options");
                            assertThat(options.length()).as(where + " select options").isBetween(1, 25);
                            assertThat(component.getInt("max_values")).isLessThanOrEqualTo(options.length());
                            for (int o = 0; o < options.length(); o++) {
                                assertThat(options.getObject(o).getString("label").length()).as(where + " option").isLessThanOrEqualTo(100);
                            }
                        }
                    }
                }
                assertThat(payload.getString("content")).contains("Only you can see this message");
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void every_page_of_a_crowded_home_renders_within_discords_limits() {
        try (dev.mlsec.assessor.core.testing.TestAssessor core = dev.mlsec.assessor.core.testing.TestAssessor.withBundledQuestionnaires()) {
            dev.mlsec.assessor.core.identity.Respondent lead = new dev.mlsec.assessor.core.identity.Respondent(
                    dev.mlsec.assessor.core.identity.Platform.DISCORD, "100000000000000001", "400000000000000001");
            for (int i = 0; i < 30; i++) {
                core.assessments().create(lead.spaceOf(), "[x](http://e.example) @everyone " + "y".repeat(40) + i);
            }
            core.questionnaires().forEach(q -> core.engine().handle(lead,
                    new dev.mlsec.assessor.core.engine.Command.Start(q.id(), java.util.Optional.empty())));
            int pages = core.home().of(lead, 1).pages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                String where = "home page " + page;
                DataObject payload = HomeMessage.render(core.home().of(lead, page)).toData();
                assertThat(payload.getString("content").length()).as(where + " content").isLessThanOrEqualTo(2000);
                assertThat(payload.getString("content")).as(where + " typed text neutralised").doesNotContain("](http");
                DataArray rows = payload.getArray("components");
                assertThat(rows.length()).as(where + " rows").isBetween(1, 5);
                for (int r = 0; r < rows.length(); r++) {
                    DataArray children = rows.getObject(r).getArray("components");
                    assertThat(children.length()).as(where + " buttons in a row").isBetween(1, 5);
                    for (int c = 0; c < children.length(); c++) {
                        assertThat(children.getObject(c).getString("custom_id").length()).as(where + " custom id").isLessThanOrEqualTo(100);
                        assertThat(children.getObject(c).getString("label").length()).as(where + " label").isLessThanOrEqualTo(80);
                    }
                }
            }
        }
    }

    @Test
    void a_routing_key_with_a_real_session_id_fits_in_a_custom_id() {
        String runId = "AAAAAAAAAAAAAAAAAAAAAA"; // 128 bits, base64url, as the engine makes them
        for (Questionnaire questionnaire : bundled) {
            questionnaire.questions().forEach(q -> q.options().forEach(o ->
                    assertThat(CustomIds.of(CustomIds.ANSWER, runId, q.id(), o.id()).length()).isLessThanOrEqualTo(100)));
        }
    }
}
