package dev.mlsec.assessor.core.report;

import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.core.scoring.Driver;
import dev.mlsec.assessor.questions.catalogue.AttackProfile;
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
        report.rounds().filter(r -> r.number() > 1 || r.closedOn().isPresent()).ifPresent(r -> RoundSection.markdown(md, r));
        if (report.picture().isEmpty()) {
            md.append("**Scores are not shown yet.** ").append(report.withheld().orElse("")).append('\n');
            return md.toString();
        }
        RiskPicture p = report.picture().get();
        md.append("## Risk per attack\n\n| attack | impact | ").append(ChatSummary.likelihoodWord(p))
                .append(" | mitigation | residual risk | band |\n|---|---:|---:|---:|---:|---|\n");
        for (AttackScore s : p.attacks()) {
            md.append("| ").append(s.attack().title()).append(" | ").append(s.impact()).append(" | ").append(s.exposure())
                    .append(" | ").append(s.mitigation()).append(" | **").append(s.residual()).append("** | ")
                    .append(s.band().id()).append(" |\n");
        }
        md.append("\nResidual risk = impact × ").append(ChatSummary.likelihoodWord(p))
                .append(" × (1 − mitigation), each 0–100. Bands: low < 15 ≤ medium < 35 ≤ high < 60 ≤ critical.")
                .append(p.model().startsWith("1.") ? "" : " Scored under risk model " + p.model() + ".").append('\n');
        if (!p.drivers().isEmpty()) {
            md.append("\n## Why these scores\n");
            for (AttackScore s : p.attacks()) {
                md.append("\n### ").append(s.attack().title()).append(": ").append(s.residual()).append(" (").append(s.band().id())
                        .append(")\n\n");
                AttackProfile prof = p.profiles().get(s.attack());
                if (prof != null) {
                    md.append("Standards: NIST AI 100-2 ").append(links(p, prof.nist())).append(" · ATLAS ")
                            .append(links(p, prof.techniques())).append(" · OWASP ").append(links(p, prof.owasp())).append("\n\n");
                }
                for (Driver d : p.drivers(s.attack())) {
                    md.append("- ").append(d.part().id()).append(": ").append(escape(d.answer())).append(" — ").append(escape(d.effect()))
                            .append(" _(").append(d.questionId()).append(")_\n");
                }
            }
        }
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
                    .append(")_");
            if (!r.citation().isEmpty()) {
                md.append(" — OWASP ").append(links(p, r.owasp())).append("; ATLAS ")
                        .append(r.atlas().isEmpty() ? (r.organisational() ? "none (organisational measure)" : "none") : links(p, r.atlas()));
            }
            md.append('\n');
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
        if (!p.versions().isEmpty()) {
            md.append("\n## Questionnaire versions\n\n");
            p.versions().forEach(v -> md.append("- ").append(v).append('\n'));
        }
        if (!p.assumptions().isEmpty()) {
            md.append("\n## What was assumed\n\n");
            p.assumptions().forEach(a -> md.append("- ").append(a).append('\n'));
        }
        return md.toString();
    }

    private static String links(RiskPicture p, java.util.List<String> ids) {
        return ids.stream().map(id -> {
            var ref = p.references().get(id);
            return ref == null ? id : "[" + id + "](" + ref.url() + ")";
        }).collect(Collectors.joining(", "));
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }
}
