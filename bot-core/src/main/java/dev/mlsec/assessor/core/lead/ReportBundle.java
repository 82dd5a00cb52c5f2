package dev.mlsec.assessor.core.lead;

import dev.mlsec.assessor.core.report.AssessmentReport;
import dev.mlsec.assessor.core.report.ChatSummary;
import dev.mlsec.assessor.core.report.Coverage;
import dev.mlsec.assessor.core.report.HtmlReport;
import dev.mlsec.assessor.core.report.RiskCharts;
import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.core.scoring.Band;
import dev.mlsec.assessor.core.scoring.RiskPicture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a lead gets for a report, in every channel: the title, key figures in words, and the files
 * (the two charts and the HTML report) under one set of names. Channels lay it out; they add nothing.
 *
 * @param report      the report itself, for renderers that draw all of it (Markdown, JSON)
 * @param coverage    one line per questionnaire: how many completed it
 * @param scores      one line per attack, in attack order; empty while scores are withheld
 * @param doFirst     the most important recommendations, at most {@value #TOP_RECOMMENDATIONS}
 * @param assumptions what was assumed for missing questionnaires
 * @param withheld    why there are no scores yet
 * @param worst       the worst band, for a channel that colours the report; empty while withheld
 * @param files       the charts and the HTML report; empty while scores are withheld
 * @param sinceRound  from a system's second round on: the round, and what was resolved and is new since the previous one
 */
public record ReportBundle(AssessmentReport report, List<String> coverage, List<String> scores,
                           List<String> doFirst, List<String> assumptions, Optional<String> withheld, Optional<Band> worst,
                           List<ReportFile> files, List<String> sinceRound) {

    /** How many recommendations a report lists to do first. */
    public static final int TOP_RECOMMENDATIONS = 3;

    /** What a channel says where the files are not attached yet. */
    public static final String FILES_FOLLOW = "The charts and the HTML report follow once the scores can be shown.";

    public ReportBundle {
        coverage = List.copyOf(coverage);
        scores = List.copyOf(scores);
        doFirst = List.copyOf(doFirst);
        assumptions = List.copyOf(assumptions);
        files = List.copyOf(files);
        sinceRound = List.copyOf(sinceRound);
    }

    /** The same bundle with one more line about the round (e.g. when the next one is due on schedule). */
    public ReportBundle withRoundLine(String line) {
        List<String> lines = new ArrayList<>(sinceRound);
        lines.add(line);
        return new ReportBundle(report, coverage, scores, doFirst, assumptions, withheld, worst, files, lines);
    }

    public static ReportBundle of(AssessmentReport report) {
        List<String> coverage = new ArrayList<>();
        for (Coverage c : report.coverage()) {
            coverage.add(c.title() + ": " + c.completedRuns() + " completed");
        }
        if (report.picture().isEmpty()) {
            return new ReportBundle(report, coverage, List.of(), List.of(), List.of(),
                    Optional.of(report.withheld().orElse("No scores yet.")), Optional.empty(), List.of(), sinceRound(report));
        }
        RiskPicture picture = report.picture().get();
        List<String> scores = new ArrayList<>();
        for (AttackScore s : picture.attacks()) {
            String why = ChatSummary.why(picture, s);
            String since = report.rounds().flatMap(r -> r.sincePrevious()).flatMap(c -> c.of(s.attack()))
                    .map(d -> ", " + d.words() + " since round " + report.rounds().get().sincePrevious().get().previousNumber())
                    .orElse("");
            scores.add(s.attack().title() + ": residual risk " + ChatSummary.figures(picture, s) + since + (why.isEmpty() ? "" : "\n" + why));
        }
        List<String> doFirst = picture.recommendations().stream().limit(TOP_RECOMMENDATIONS).map(ChatSummary::recommendation).toList();
        Band worst = picture.attacks().stream().map(AttackScore::band).max(Comparator.naturalOrder()).orElse(Band.LOW);
        byte[] risk = RiskCharts.residualRisk(report.systemName(), picture);
        byte[] heat = RiskCharts.exposureHeatMap(report.systemName(), picture);
        byte[] across = report.rounds().filter(r -> r.acrossRounds())
                .map(r -> RiskCharts.acrossRounds(report.systemName(), r)).orElse(new byte[0]);
        List<ReportFile> files = new ArrayList<>(List.of(
                new ReportFile(residualRiskFile(report.code()), "Residual risk per attack", risk),
                new ReportFile(heatMapFile(report.code()), "Exposure by attack and lifecycle stage", heat)));
        if (across.length > 0) {
            files.add(new ReportFile(acrossRoundsFile(report.code()), "Residual risk per attack across rounds", across));
        }
        files.add(new ReportFile(report.code() + "-report.html", "Report: " + report.systemName(),
                HtmlReport.render(report, risk, heat, across).getBytes(StandardCharsets.UTF_8)));
        return new ReportBundle(report, coverage, scores, doFirst, picture.assumptions(), Optional.empty(),
                Optional.of(worst), files, sinceRound(report));
    }

    /** The round's place and, from the second round on, what was resolved and is new since the one before. */
    private static List<String> sinceRound(AssessmentReport report) {
        List<String> lines = new ArrayList<>();
        report.rounds().filter(r -> r.number() > 1 || r.closedOn().isPresent()).ifPresent(r -> {
            lines.add(dev.mlsec.assessor.core.report.RoundSection.heading(r));
            r.sincePrevious().ifPresent(c -> {
                c.caveat().ifPresent(lines::add);
                if (!c.attacks().isEmpty()) {
                    lines.add("Resolved since round " + c.previousNumber() + " (their control is now in place): " + c.resolved().size()
                            + few(c.resolved()));
                    lines.add("New since round " + c.previousNumber() + ": " + c.added().size() + few(c.added()));
                }
            });
        });
        return lines;
    }

    private static String few(List<dev.mlsec.assessor.core.scoring.Recommendation> items) {
        if (items.isEmpty()) {
            return ".";
        }
        String shown = String.join(" · ", items.stream().limit(TOP_RECOMMENDATIONS).map(r -> r.text()).toList());
        return ": " + shown + (items.size() > TOP_RECOMMENDATIONS ? " · …" : "");
    }

    /** e.g. "Risk report: fraud model v3 (FRD-7K2QX)", the name shown the channel's way of showing typed text. */
    public String title(UnaryOperator<String> typed) {
        return "Risk report: " + typed.apply(report.systemName()) + " (" + report.code() + ")";
    }

    public static String residualRiskFile(String code) {
        return code + "-residual-risk.png";
    }

    /** The across-rounds chart, present from a system's second round on. */
    public static String acrossRoundsFile(String code) {
        return code + "-across-rounds.png";
    }

    public static String heatMapFile(String code) {
        return code + "-exposure-heat-map.png";
    }

    /** The file with this name, e.g. a chart. */
    public Optional<ReportFile> file(String filename) {
        return files.stream().filter(f -> f.filename().equals(filename)).findFirst();
    }

    /** The HTML report, once the scores can be shown. */
    public Optional<String> html() {
        return file(report.code() + "-report.html").map(f -> new String(f.bytes(), StandardCharsets.UTF_8));
    }
}
