package dev.mlsec.assessor.core.round;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.report.AssessmentReport;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.report.RoundComparison;
import dev.mlsec.assessor.core.report.RoundHistory;
import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.core.run.CompletedRuns;
import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.core.scoring.RiskPicture;
import dev.mlsec.assessor.questions.Attack;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report of a round: the assessment's report (a closed round's counting only the runs it had when
 * it was closed), placed among its system's rounds, with the deltas since the previous round and
 * every round's residual risk for the across-rounds chart.
 */
public final class RoundReports {

    private final ReportService reports;
    private final AssessmentService assessments;
    private final Rounds rounds;
    private final CompletedRuns runs;

    public RoundReports(ReportService reports, AssessmentService assessments, RoundStore store, CompletedRuns runs) {
        this.reports = reports;
        this.assessments = assessments;
        this.rounds = new Rounds(store);
        this.runs = runs;
    }

    public AssessmentReport report(Assessment assessment) {
        Round round = rounds.of(assessment.code());
        AssessmentReport now = alone(assessment, round);
        List<RoundHistory.Point> points = new ArrayList<>();
        Optional<RoundComparison> since = Optional.empty();
        for (Round earlier : rounds.before(round)) {
            Optional<Assessment> found = assessments.findAnywhere(earlier.code());
            if (found.isEmpty()) {
                continue;
            }
            AssessmentReport then = alone(found.get(), earlier);
            points.add(point(earlier, then.picture()));
            if (round.previous().map(earlier.code()::equals).orElse(false)) {
                since = Optional.of(compare(earlier, then, round, now));
            }
        }
        points.add(point(round, now.picture()));
        return now.withRounds(new RoundHistory(round.number(), round.closedOn(), points, since));
    }

    private AssessmentReport alone(Assessment assessment, Round round) {
        return reports.report(assessment, rounds.frozenRuns(round));
    }

    private RoundComparison compare(Round earlier, AssessmentReport then, Round round, AssessmentReport now) {
        if (then.picture().isEmpty() || now.picture().isEmpty()) {
            return RoundComparison.withheld(earlier.code(), earlier.number());
        }
        return RoundComparison.between(earlier.code(), earlier.number(), then.picture().get(), versions(earlier),
                now.picture().get(), versions(round));
    }

    /** The questionnaire versions a round's counted runs were answered under, e.g. "risk-impact 2.0.0". */
    private Set<String> versions(Round round) {
        Optional<Set<String>> frozen = rounds.frozenRuns(round).map(Set::copyOf);
        Set<String> versions = new TreeSet<>();
        for (CompletedRun run : runs.ofAssessment(round.code())) {
            if (frozen.map(ids -> ids.contains(run.runId())).orElse(true)) {
                versions.add(run.questionnaireId() + " " + run.version());
            }
        }
        return versions;
    }

    private static RoundHistory.Point point(Round round, Optional<RiskPicture> picture) {
        Map<Attack, Integer> residual = new EnumMap<>(Attack.class);
        picture.ifPresent(p -> p.attacks().forEach((AttackScore s) -> residual.put(s.attack(), s.residual())));
        return new RoundHistory.Point(round.code(), round.number(), residual);
    }
}
