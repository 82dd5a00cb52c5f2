package dev.mlsec.assessor.core.report;

import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.core.scoring.Band;
import dev.mlsec.assessor.core.scoring.Recommendation;
import dev.mlsec.assessor.core.scoring.RiskPicture;
import dev.mlsec.assessor.core.scoring.SectionMaturity;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Stage;
import java.util.Base64;
import java.util.stream.Collectors;

/** An assessment report as one self-contained HTML page: inline styles, charts embedded as data URIs. */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2933;margin:0;background:#f5f7fa}
            main{max-width:920px;margin:0 auto;padding:32px 24px 48px;background:#fff}
            h1{font-size:26px;margin:0 0 4px} h2{font-size:19px;margin:32px 0 12px;border-bottom:1px solid #e4e7eb;padding-bottom:6px}
            .meta{color:#616e7c;margin:0 0 20px} table{border-collapse:collapse;width:100%;font-size:14px}
            th,td{padding:7px 10px;border-bottom:1px solid #e4e7eb;text-align:left} th{background:#f5f7fa;font-weight:600}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            .band{display:inline-block;padding:2px 9px;border-radius:10px;color:#fff;font-size:12px;font-weight:600;text-transform:uppercase}
            .chart{width:100%;max-width:800px;display:block;margin:12px 0;border:1px solid #e4e7eb}
            .note{background:#fffbea;border-left:4px solid #f0b429;padding:10px 14px;margin:12px 0}
            .how{background:#f0f4f8;padding:10px 14px;font-size:13px;color:#3e4c59}
            ol li{margin:6px 0} .attacks{color:#616e7c;font-size:13px}
            footer{margin-top:36px;color:#9aa5b1;font-size:12px}
            ul.drivers{margin:0;padding-left:16px;font-size:13px} .part{color:#616e7c;font-size:11px;text-transform:uppercase}
            .refs{font-size:12px;color:#3e4c59} .refs a{color:#2f5aa8}
            """;

    private HtmlReport() {
    }

    /** With charts; pass empty arrays to leave them out. */
    public static String render(AssessmentReport report, byte[] riskChart, byte[] heatMap) {
        return render(report, riskChart, heatMap, new byte[0]);
    }

    /** With the across-rounds chart too, drawn in the section about the round. */
    public static String render(AssessmentReport report, byte[] riskChart, byte[] heatMap, byte[] acrossRounds) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>ML security assessment: ").append(esc(report.systemName())).append("</title><style>")
                .append(STYLE).append("</style></head><body><main>");
        h.append("<h1>ML security assessment: ").append(esc(report.systemName())).append("</h1>");
        h.append("<p class=\"meta\">Assessment <code>").append(esc(report.code())).append("</code> · generated ")
                .append(report.generatedOn()).append(" · names and ids are never stored</p>");
        h.append("<h2>Answers</h2><table><tr><th>Questionnaire</th><th>Who answers it</th><th class=\"n\">Completed</th></tr>");
        report.coverage().forEach(c -> h.append("<tr><td>").append(esc(c.title())).append("</td><td>").append(esc(c.audience()))
                .append("</td><td class=\"n\">").append(c.completedRuns()).append("</td></tr>"));
        h.append("</table>");
        report.rounds().filter(r -> r.number() > 1 || r.closedOn().isPresent())
                .ifPresent(r -> RoundSection.html(h, r, acrossRounds));
        if (report.picture().isEmpty()) {
            h.append("<p class=\"note\"><strong>Scores are not shown yet.</strong> ").append(esc(report.withheld().orElse("")))
                    .append("</p>");
            return h.append(footer()).toString();
        }
        RiskPicture p = report.picture().get();
        if (!p.assumptions().isEmpty()) {
            h.append("<div class=\"note\"><strong>Provisional:</strong> ")
                    .append(p.assumptions().stream().map(HtmlReport::esc).collect(Collectors.joining(" ")))
                    .append("</div>");
        }
        String likely = ChatSummary.likelihoodWord(p);
        h.append("<h2>Risk per attack</h2><table><tr><th>Attack</th><th class=\"n\">Impact</th><th class=\"n\">")
                .append(Character.toUpperCase(likely.charAt(0))).append(likely.substring(1)).append("</th>")
                .append("<th class=\"n\">Mitigation</th><th class=\"n\">Residual risk</th><th>Band</th></tr>");
        for (AttackScore s : p.attacks()) {
            h.append("<tr><td>").append(s.attack().title()).append("</td><td class=\"n\">").append(s.impact())
                    .append("</td><td class=\"n\">").append(s.exposure()).append("</td><td class=\"n\">").append(s.mitigation())
                    .append("</td><td class=\"n\"><strong>").append(s.residual()).append("</strong></td><td>")
                    .append(badge(s.band())).append("</td></tr>");
        }
        h.append("</table>");
        h.append("<p class=\"how\">How to read this: each figure is 0–100. Impact is what a successful attack would cost, ")
                .append(likely).append(" how reachable and susceptible the system is to it, mitigation how much the defences in place ")
                .append("reduce it. Residual risk = impact × ").append(likely).append(" × (1 − mitigation); bands: low &lt; 15 ≤ medium ")
                .append("&lt; 35 ≤ high &lt; 60 ≤ critical. Where several people answered one questionnaire, the more exposed answer counts.")
                .append(p.model().startsWith("1.") ? "" : " Scored under risk model " + esc(p.model()) + ".").append("</p>");
        image(h, riskChart, "Residual risk per attack, coloured by band");
        if (!p.drivers().isEmpty()) {
            h.append("<h2>Why these scores</h2><table><tr><th>Attack</th><th>Answers that drove it</th><th>Standards</th></tr>");
            for (AttackScore s : p.attacks()) {
                h.append("<tr><td><strong>").append(s.attack().title()).append("</strong><br>").append(s.residual()).append(' ')
                        .append(badge(s.band())).append("</td><td><ul class=\"drivers\">");
                p.drivers(s.attack()).forEach(d -> h.append("<li><span class=\"part\">").append(d.part().id()).append("</span> ")
                        .append(esc(d.answer())).append(" — <em>").append(esc(d.effect())).append("</em></li>"));
                h.append("</ul></td><td class=\"refs\">");
                var prof = p.profiles().get(s.attack());
                if (prof != null) {
                    h.append("NIST AI 100-2 ").append(links(p, prof.nist())).append("<br>ATLAS ").append(links(p, prof.techniques()))
                            .append("<br>OWASP ").append(links(p, prof.owasp()));
                }
                h.append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("<h2>Exposure by lifecycle stage</h2><table><tr><th>Attack</th>");
        for (Stage st : Stage.values()) {
            h.append("<th class=\"n\">").append(st.title()).append("</th>");
        }
        h.append("</tr>");
        for (Attack a : Attack.values()) {
            h.append("<tr><td>").append(a.title()).append("</td>");
            for (Stage st : Stage.values()) {
                h.append("<td class=\"n\">").append(p.exposureByStage().get(a).get(st)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
        image(h, heatMap, "Exposure by attack and lifecycle stage");
        h.append("<h2>What to do first</h2>");
        if (p.recommendations().isEmpty()) {
            h.append("<p>No answer pointed to a missing measure.</p>");
        } else {
            h.append("<ol>");
            for (Recommendation r : p.recommendations()) {
                h.append("<li>").append(esc(r.text())).append(" <span class=\"attacks\">(")
                        .append(r.attacks().stream().map(Attack::title).collect(Collectors.joining(", ")))
                        .append(")</span>");
                if (!r.citation().isEmpty()) {
                    h.append(" <span class=\"refs\">OWASP ").append(links(p, r.owasp())).append(" · ATLAS ")
                            .append(r.atlas().isEmpty() ? (r.organisational() ? "none (organisational measure)" : "none") : links(p, r.atlas()))
                            .append("</span>");
                }
                h.append("</li>");
            }
            h.append("</ol>");
        }
        if (!p.maturity().isEmpty()) {
            h.append("<h2>Defence maturity</h2><table><tr><th>Area</th><th class=\"n\">Level (0–3)</th></tr>");
            for (SectionMaturity m : p.maturity()) {
                h.append("<tr><td>").append(esc(m.title())).append("</td><td class=\"n\">").append(m.level()).append("</td></tr>");
            }
            h.append("</table>");
        }
        if (!p.versions().isEmpty()) {
            h.append("<h2>Questionnaire versions</h2><ul>");
            p.versions().forEach(v -> h.append("<li>").append(esc(v)).append("</li>"));
            h.append("</ul>");
        }
        if (!p.disagreements().isEmpty()) {
            h.append("<h2>Where respondents disagree</h2><ul>");
            p.disagreements().forEach(d -> h.append("<li>").append(esc(d)).append("</li>"));
            h.append("</ul>");
        }
        return h.append(footer()).toString();
    }

    private static String links(RiskPicture p, java.util.List<String> ids) {
        return ids.stream().map(id -> {
            var ref = p.references().get(id);
            return ref == null ? esc(id) : "<a href=\"" + esc(ref.url()) + "\" title=\"" + esc(ref.name()) + "\">" + esc(id) + "</a>";
        }).collect(Collectors.joining(", "));
    }

    static void image(StringBuilder h, byte[] png, String alt) {
        if (png != null && png.length > 0) {
            h.append("<img class=\"chart\" alt=\"").append(esc(alt)).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png)).append("\">");
        }
    }

    static String badge(Band band) {
        return "<span class=\"band\" style=\"background:" + band.colour() + "\">" + band.id() + "</span>";
    }

    private static String footer() {
        return "<footer>MLSec Assessor · scores express poisoning, evasion, stealing and inference risk · " + dev.mlsec.assessor.core.identity.Promises.REPORT + "</footer></main></body></html>";
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
