package dev.mlsec.assessor.core.report;

import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.core.scoring.Recommendation;
import dev.mlsec.assessor.core.scoring.RiskPicture;
import dev.mlsec.assessor.core.scoring.SectionMaturity;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Stage;
import java.util.stream.Collectors;

/** An assessment report as Markdown, for sharing in a wiki or a ticket. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(AssessmentReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# ML security assessment: ").append(escape(report.systemName())).append("\n\n");
        md.append("Assessment `").append(report.code()).append("` · generated ").append(report.generatedOn()).append("\n\n");
        md.append("## Answers\n\n| questionnaire | completed answer sets |\n|---|---:|\n");
        report.coverage().forEach(c -> md.append("| ").append(c.title()).append(" | ").append(c.completedRuns()).append(" |\n"));
        md.append('\n');
        if (report.picture().isEmpty()) {
            md.append("**Scores are not shown yet.** ").append(report.withheld().orElse("")).append('\n');
            return md.toString();
        }
        RiskPicture p = report.picture().get();
        md.append("## Risk per attack\n\n| attack | impact | exposure | mitigation | residual risk | band |\n|---|---:|---:|---:|---:|---|\n");
        for (AttackScore s : p.attacks()) {
            md.append("| ").append(s.attack().title()).append(" | ").append(s.impact()).append(" | ").append(s.exposure())
                    .append(" | ").append(s.mitigation()).append(" | **").append(s.residual()).append("** | ")
                    .append(s.band().id()).append(" |\n");
        }
        md.append("\nResidual risk = impact × exposure × (1 − mitigation), each 0–100. Bands: low < 15 ≤ medium < 35 ≤ high < 60 ≤ critical.\n");
        md.append("\n## Exposure by lifecycle stage\n\n| attack |");
        for (Stage st : Stage.values()) {
            md.append(' ').append(st.title()).append(" |");
        }
        md.append("\n|---|").append("---:|".repeat(Stage.values().length)).append('\n');
        for (Attack a : Attack.values()) {
            md.append("| ").append(a.title()).append(" |");
            for (Stage st : Stage.values()) {
                md.append(' ').append(p.exposureByStage().get(a).get(st)).append(" |");
            }
            md.append('\n');
        }
        md.append("\n## What to do first\n\n");
        if (p.recommendations().isEmpty()) {
            md.append("No answer pointed to a missing measure.\n");
        }
        int n = 1;
        for (Recommendation r : p.recommendations()) {
            md.append(n++).append(". ").append(escape(r.text())).append(" _(")
                    .append(r.attacks().stream().map(Attack::title).collect(Collectors.joining(", ")))
                    .append(")_\n");
        }
        if (!p.maturity().isEmpty()) {
            md.append("\n## Defence maturity (0–3)\n\n");
            for (SectionMaturity m : p.maturity()) {
                md.append("- ").append(m.title()).append(": ").append(m.level()).append('\n');
            }
        }
        if (!p.disagreements().isEmpty()) {
            md.append("\n## Where respondents disagree\n\n");
            p.disagreements().forEach(d -> md.append("- ").append(d).append('\n'));
        }
        if (!p.assumptions().isEmpty()) {
            md.append("\n## What was assumed\n\n");
            p.assumptions().forEach(a -> md.append("- ").append(a).append('\n'));
        }
        return md.toString();
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }
}
