package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.ReportBundle;
import dev.mlsec.assessor.core.lead.ReportLines;
import dev.mlsec.assessor.core.lead.ReportFile;
import java.awt.Color;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Draws the lead desk's answers as Discord messages: a report as an embed with its files attached. */
final class LeadMessages {

    private LeadMessages() {
    }

    static MessageCreateData draw(LeadAnswer answer) {
        if (answer instanceof LeadAnswer.Created created) {
            return RootMessage.render(created.root());
        }
        if (answer instanceof LeadAnswer.StatusShown status) {
            return ReplyMessages.text(status.text());
        }
        if (answer instanceof LeadAnswer.Reported reported) {
            return report(reported.bundle());
        }
        if (answer instanceof LeadAnswer.TrendsShown trends) {
            if (trends.files().isEmpty()) {
                return ReplyMessages.text(trends.markdown());
            }
            return new MessageCreateBuilder().setContent(ReplyMessages.clip(trends.markdown(), ReplyMessages.MAX_CONTENT))
                    .setFiles(trends.files().stream().map(LeadMessages::upload).toList()).setAllowedMentions(List.of()).build();
        }
        if (answer instanceof LeadAnswer.Exported exported) {
            return new MessageCreateBuilder().setContent(ReplyMessages.clip(exported.note(), ReplyMessages.MAX_CONTENT))
                    .setFiles(upload(exported.file())).setAllowedMentions(List.of()).build();
        }
        if (answer instanceof LeadAnswer.UnknownCode unknown) {
            return ReplyMessages.text(unknown.withoutEcho());
        }
        if (answer instanceof LeadAnswer.RoundOpened opened) {
            return opened.postHere() ? RootMessage.render(opened.root()) : ReplyMessages.text(opened.message());
        }
        if (answer instanceof LeadAnswer.Scheduled scheduled) {
            return ReplyMessages.text(scheduled.message());
        }
        if (answer instanceof LeadAnswer.RoundClosed closed) {
            return ReplyMessages.text(closed.message());
        }
        if (answer instanceof LeadAnswer.Reminders reminders) {
            return ReplyMessages.text(reminders.message());
        }
        if (answer instanceof LeadAnswer.NotPermitted refused) {
            return ReplyMessages.text(refused.message());
        }
        return ReplyMessages.text(((LeadAnswer.Refused) answer).message());
    }

    private static MessageCreateData report(ReportBundle bundle) {
        EmbedBuilder embed = new EmbedBuilder().setTitle(ReplyMessages.clip(bundle.title(name -> name), 256));
        embed.addField("Answers", ReplyMessages.clip(String.join("\n", bundle.coverage()), 1024), false);
        if (bundle.withheld().isPresent()) {
            embed.setDescription(ReplyMessages.clip(bundle.withheld().get() + "\n" + ReportBundle.FILES_FOLLOW, 4096));
            return new MessageCreateBuilder().setEmbeds(embed.build()).setAllowedMentions(List.of()).build();
        }
        bundle.worst().ifPresent(band -> embed.setColor(Color.decode(band.colour())));
        embed.setDescription(ReplyMessages.clip(String.join("\n", bundle.scores()), 4096));
        if (!bundle.sinceRound().isEmpty()) {
            embed.addField(ReportLines.THIS_ROUND, ReplyMessages.clip(String.join("\n", bundle.sinceRound()), 1024), false);
        }
        if (!bundle.doFirst().isEmpty()) {
            embed.addField(ReportLines.DO_FIRST, ReplyMessages.clip("- " + String.join("\n- ", bundle.doFirst()), 1024), false);
        }
        if (!bundle.assumptions().isEmpty()) {
            embed.addField(ReportLines.ASSUMED, ReplyMessages.clip("- " + String.join("\n- ", bundle.assumptions()), 1024), false);
        }
        return new MessageCreateBuilder().setEmbeds(embed.build())
                .setFiles(bundle.files().stream().map(LeadMessages::upload).toList()).setAllowedMentions(List.of()).build();
    }

    private static FileUpload upload(ReportFile file) {
        return FileUpload.fromData(file.bytes(), file.filename());
    }
}
