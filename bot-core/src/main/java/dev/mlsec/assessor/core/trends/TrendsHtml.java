package dev.mlsec.assessor.core.trends;

import dev.mlsec.assessor.questions.Attack;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Trends as one self-contained HTML page: answer shares, the band spread and its move by quarter, with both charts. */
public final class TrendsHtml {

    private static final String STYLE = """
            body{font-family:-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2933;margin:0;background:#f5f7fa}
            main{max-width:920px;margin:0 auto;padding:32px 24px 48px;background:#fff}
            h1{font-size:26px;margin:0 0 4px} h2{font-size:19px;margin:32px 0 12px;border-bottom:1px solid #e4e7eb;padding-bottom:6px}
            h3{font-size:15px;margin:18px 0 6px} .meta{color:#616e7c;margin:0 0 20px}
            table{border-collapse:collapse;width:100%;font-size:14px}
            th,td{padding:6px 10px;border-bottom:1px solid #e4e7eb;text-align:left} th{background:#f5f7fa;font-weight:600}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums} .withheld{color:#9aa5b1}
            .chart{width:100%;max-width:800px;display:block;margin:12px 0;border:1px solid #e4e7eb}
            """;

    private TrendsHtml() {
    }

    public static String render(TrendsReport report, List<QuarterSpread> quarters, byte[] spreadChart, byte[] quarterChart) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Trends across all answers</title><style>").append(STYLE).append("</style></head><body><main>")
                .append("<h1>Trends across all answers</h1><p class=\"meta\">Everyone who answered counts, in every workspace ")
                .append("and server this bot serves. Shares are shown only where at least ").append(report.k())
                .append(" completed answer sets (or scored assessments) contribute.</p>");
        h.append("<h2>Residual-risk bands across assessments</h2>");
        if (report.bandsPerAttack().isEmpty()) {
            h.append("<p class=\"withheld\">").append(esc(report.bandsWithheld())).append("</p>");
        } else {
            bandTable(h, report.bandsPerAttack().get());
            image(h, spreadChart, "Residual-risk bands per attack");
        }
        h.append("<h2>Quarter by quarter</h2><p>Each ML system counts once per quarter, by its latest scored round by the "
                + "quarter's end; per attack: low / medium / high / critical.</p>");
        h.append("<table><tr><th>Quarter</th><th class=\"n\">Systems</th>");
        for (Attack a : Attack.values()) {
            h.append("<th>").append(a.title()).append("</th>");
        }
        h.append("</tr>");
        for (QuarterSpread q : quarters) {
            h.append("<tr><td>").append(q.quarter()).append("</td><td class=\"n\">").append(q.systems()).append("</td>");
            if (q.perAttack().isEmpty()) {
                h.append("<td colspan=\"4\" class=\"withheld\">").append(esc(q.withheld())).append("</td></tr>");
                continue;
            }
            for (Attack a : Attack.values()) {
                Map<String, Long> c = q.perAttack().get().getOrDefault(a.id(), Map.of());
                h.append("<td>").append(c.getOrDefault("low", 0L)).append(" / ").append(c.getOrDefault("medium", 0L)).append(" / ")
                        .append(c.getOrDefault("high", 0L)).append(" / ").append(c.getOrDefault("critical", 0L)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
        if (quarters.stream().anyMatch(q -> q.perAttack().isPresent())) {
            image(h, quarterChart, "Systems at high or critical risk, by quarter");
        }
        for (TrendsReport.QuestionnaireTrend q : report.questionnaires()) {
            h.append("<h2>").append(esc(q.title())).append(" (").append(q.completed()).append(" completed)</h2>");
            for (TrendsReport.QuestionTrend t : q.questions()) {
                h.append("<h3>").append(esc(t.text())).append("</h3>");
                if (t.withheld().isPresent()) {
                    h.append("<p class=\"withheld\">").append(esc(t.withheld().get())).append(".</p>");
                    continue;
                }
                h.append("<table>");
                t.options().forEach(o -> h.append("<tr><td>").append(esc(o.label())).append("</td><td class=\"n\">")
                        .append(o.percent()).append("%</td><td class=\"n\">").append(o.chosen()).append("</td></tr>"));
                h.append("</table>");
            }
        }
        return h.append("</main></body></html>").toString();
    }

    private static void bandTable(StringBuilder h, Map<String, Map<String, Long>> perAttack) {
        h.append("<table><tr><th>Attack</th><th class=\"n\">Low</th><th class=\"n\">Medium</th><th class=\"n\">High</th>")
                .append("<th class=\"n\">Critical</th></tr>");
        perAttack.forEach((attack, c) -> h.append("<tr><td>").append(Attack.fromId(attack).map(Attack::title).orElse(attack))
                .append("</td><td class=\"n\">").append(c.get("low")).append("</td><td class=\"n\">").append(c.get("medium"))
                .append("</td><td class=\"n\">").append(c.get("high")).append("</td><td class=\"n\">").append(c.get("critical"))
                .append("</td></tr>"));
        h.append("</table>");
    }

    private static void image(StringBuilder h, byte[] png, String alt) {
        if (png.length > 0) {
            h.append("<img class=\"chart\" alt=\"").append(alt).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png)).append("\">");
        }
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
