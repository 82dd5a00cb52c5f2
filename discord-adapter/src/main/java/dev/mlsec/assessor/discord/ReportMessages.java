package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.report.AssessmentReport;
import dev.mlsec.assessor.core.report.ChatSummary;
import dev.mlsec.assessor.core.report.HtmlReport;
import dev.mlsec.assessor.core.report.RiskCharts;
import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.core.scoring.Band;
import dev.mlsec.assessor.core.scoring.RiskPicture;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** A report as a Discord message: an embed of the key figures, with the charts and the HTML report attached. */
final class ReportMessages {

    private ReportMessages() {
    }

    static MessageCreateData render(AssessmentReport report) {
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(ReplyMessages.clip("Risk report: " + report.systemName() + " (" + report.code() + ")", 256));
        StringBuilder coverage = new StringBuilder();
        report.coverage().forEach(c -> coverage.append(c.title()).append(": ").append(c.completedRuns()).append(" answered\n"));
        embed.addField("Answers", ReplyMessages.clip(coverage.toString(), 1024), false);
        List<FileUpload> files = new ArrayList<>();
        if (report.picture().isEmpty()) {
            embed.setDescription(ReplyMessages.clip(report.withheld().orElse("No scores yet."), 4096));
            return new MessageCreateBuilder().setEmbeds(embed.build()).setAllowedMentions(List.of()).build();
        }
        RiskPicture picture = report.picture().get();
        Band worst = picture.attacks().stream().map(AttackScore::band).max(Comparator.naturalOrder()).orElse(Band.LOW);
        embed.setColor(Color.decode(worst.colour()));
        embed.setDescription("Residual risk per attack (impact × " + ChatSummary.likelihoodWord(picture) + ", reduced by mitigation), 0–100.");
        for (AttackScore score : picture.attacks()) {
            embed.addField(ReplyMessages.clip(score.attack().title(), 256),
                    ReplyMessages.clip(score.residual() + " — " + score.band().id().toUpperCase() + "\n"
                            + ChatSummary.figures(picture, score).replaceFirst("^\\d+ \\w+ · ", "") + "\n" + ChatSummary.why(picture, score), 1024), true);
        }
        StringBuilder top = new StringBuilder();
        picture.recommendations().stream().limit(3).forEach(r -> top.append("- ").append(ChatSummary.recommendation(r)).append('\n'));
        if (top.length() > 0) {
            embed.addField("Top recommendations", ReplyMessages.clip(top.toString(), 1024), false);
        }
        byte[] risk = RiskCharts.residualRisk(report.systemName(), picture);
        byte[] heat = RiskCharts.exposureHeatMap(report.systemName(), picture);
        files.add(FileUpload.fromData(risk, "residual-risk.png"));
        files.add(FileUpload.fromData(heat, "exposure-heat-map.png"));
        files.add(FileUpload.fromData(HtmlReport.render(report, risk, heat).getBytes(StandardCharsets.UTF_8),
                "report-" + report.code() + ".html"));
        return new MessageCreateBuilder().setEmbeds(embed.build()).setFiles(files).setAllowedMentions(List.of()).build();
    }
}
