package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.report.AssessmentStatus;
import dev.mlsec.assessor.core.report.Coverage;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.time.LocalDate;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class EmbedLimitsTest {

    @Test
    void the_assessment_message_fits_discords_embed_and_component_limits_even_with_a_long_name() {
        List<Questionnaire> bundled = QuestionnaireLoader.loadBundled();
        String longName = "N".repeat(120);
        List<Coverage> coverage = bundled.stream().map(q -> new Coverage(q.id(), q.title(), q.audience(), 123456)).toList();
        MessageCreateData root = RootMessage.render(dev.mlsec.assessor.core.lead.RootView.of(
                new AssessmentStatus("NNN-7K2QX", longName, coverage), bundled));
        MessageEmbed embed = root.getEmbeds().get(0);
        assertThat(embed.isSendable()).isTrue();
        assertThat(embed.getTitle().length()).isLessThanOrEqualTo(256);
        assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25)
                .allSatisfy(f -> assertThat(f.getValue().length()).isLessThanOrEqualTo(1024));
        DataObject row = root.toData().getArray("components").getObject(0);
        assertThat(row.getArray("components").length()).isEqualTo(bundled.size());
        assertThat(embed.getDescription()).contains("only you can see").contains("`NNN-7K2QX`");
        assertThat(embed.getFields().get(embed.getFields().size() - 1).getValue())
                .isEqualTo("Completed so far: " + bundled.stream().map(q -> q.title() + " 123456").reduce((a, b) -> a + " · " + b).orElseThrow());
    }
}
