package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.report.AssessmentStatus;
import dev.mlsec.assessor.core.report.Coverage;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** An assessment's message in its channel: what the questionnaires are, a button each, and a progress line. */
final class RootMessage {

    private RootMessage() {
    }

    static MessageCreateData render(Assessment assessment, List<Questionnaire> questionnaires, AssessmentStatus status) {
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(ReplyMessages.clip("ML security assessment: " + assessment.name(), 256))
                .setDescription(ReplyMessages.clip("How exposed is **" + DiscordText.neutralise(assessment.name()) + "** to poisoning, evasion, "
                        + "model stealing and training-data inference? Three short questionnaires, each for the people "
                        + "who know that part best. Press the one that fits you: the questions come in a message only "
                        + "you can see, and your answers are anonymous. Code: `" + assessment.code() + "`", 4096));
        List<Button> buttons = new ArrayList<>();
        for (Questionnaire q : questionnaires.subList(0, Math.min(5, questionnaires.size()))) {
            embed.addField(ReplyMessages.clip(q.title(), 256), ReplyMessages.clip("For " + q.audience(), 1024), false);
            buttons.add(Button.primary(CustomIds.of(CustomIds.START, assessment.code(), q.id()),
                    ReplyMessages.clip(q.title(), ReplyMessages.MAX_LABEL)));
        }
        embed.addField("Progress", ReplyMessages.clip(progress(status), 1024), false);
        return new MessageCreateBuilder().setEmbeds(embed.build()).setComponents(ActionRow.of(buttons))
                .setAllowedMentions(List.of()).build();
    }

    /** Counts only: how many completed each questionnaire. */
    static String progress(AssessmentStatus status) {
        StringBuilder line = new StringBuilder();
        for (Coverage c : status.coverage()) {
            if (line.length() > 0) {
                line.append(" · ");
            }
            line.append(c.title()).append(": ").append(c.completedRuns());
        }
        return line.length() == 0 ? "No answers yet." : line.append(" completed").toString();
    }
}
