package dev.mlsec.assessor.core.trends;

import dev.mlsec.assessor.questions.Attack;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Trends as Markdown or JSON. */
public final class TrendsRenderer {

    private TrendsRenderer() {
    }

    public static String markdown(TrendsReport report) {
        StringBuilder md = new StringBuilder("# Trends across all answers\n\n");
        md.append("Everyone who answered counts, in every workspace and server this bot serves. ")
                .append("Shares are shown only where at least ").append(report.k())
                .append(" completed answer sets contribute, so no answer can be traced to a person.\n");
        for (TrendsReport.QuestionnaireTrend q : report.questionnaires()) {
            md.append("\n## ").append(q.title()).append(" (").append(q.completed()).append(" completed)\n");
            if (!q.versions().isEmpty()) {
                md.append("\nAnswers given under version").append(q.versions().size() == 1 ? " " : "s ")
                        .append(String.join(", ", q.versions())).append(", counted together by question and option id.\n");
            }
            for (TrendsReport.QuestionTrend t : q.questions()) {
                md.append("\n**").append(t.text().replace("\n", " ")).append("**");
                if (t.withheld().isPresent()) {
                    md.append(" — ").append(t.withheld().get()).append(".\n");
                    continue;
                }
                md.append(" (").append(t.answered()).append(" answered)\n\n");
                for (TrendsReport.OptionShare o : t.options()) {
                    md.append("- ").append(o.label()).append(": ").append(o.percent()).append("% (").append(o.chosen()).append(")\n");
                }
            }
        }
        md.append("\n## Residual-risk bands across assessments\n\n");
        if (report.bandsPerAttack().isEmpty()) {
            md.append(report.bandsWithheld()).append('\n');
        } else {
            md.append(bandTable(report.bandsPerAttack().get()));
        }
        return md.toString();
    }

    /** Bands per attack as a Markdown table: a row per attack, a column per band. */
    public static String bandTable(Map<String, Map<String, Long>> perAttack) {
        StringBuilder md = new StringBuilder("| attack | low | medium | high | critical |\n|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Map<String, Long>> e : perAttack.entrySet()) {
            Map<String, Long> c = e.getValue();
            md.append("| ").append(Attack.fromId(e.getKey()).map(Attack::title).orElse(e.getKey())).append(" | ")
                    .append(c.get("low")).append(" | ").append(c.get("medium")).append(" | ").append(c.get("high"))
                    .append(" | ").append(c.get("critical")).append(" |\n");
        }
        return md.toString();
    }

    public static String json(TrendsReport report) {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }
}
