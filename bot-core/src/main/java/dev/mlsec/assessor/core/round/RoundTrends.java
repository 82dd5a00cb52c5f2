package dev.mlsec.assessor.core.round;

import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.lead.ReportFile;
import dev.mlsec.assessor.core.report.Anonymity;
import dev.mlsec.assessor.core.trends.BandsOverTime;
import dev.mlsec.assessor.core.trends.QuarterSpread;
import dev.mlsec.assessor.core.trends.TrendsCharts;
import dev.mlsec.assessor.core.trends.TrendsReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Trends over time: the band spread quarter by quarter across everyone's latest rounds, and the trends' charts. */
public final class RoundTrends {

    private final AssessmentService assessments;
    private final Rounds rounds;
    private final Anonymity anonymity;
    private final Clock clock;

    public RoundTrends(AssessmentService assessments, RoundStore store, Anonymity anonymity, Clock clock) {
        this.assessments = assessments;
        this.rounds = new Rounds(store);
        this.anonymity = anonymity;
        this.clock = clock;
    }

    public List<QuarterSpread> quarters() {
        return BandsOverTime.quarters(assessments.datedBands(), code -> rounds.of(code).systemId(),
                code -> rounds.of(code).number(), LocalDate.now(clock), anonymity);
    }

    /** The charts beside the trends' text: the band spread once it can be shown, and its move by quarter once one quarter can. */
    public static List<ReportFile> charts(TrendsReport everyone, List<QuarterSpread> quarters) {
        List<ReportFile> files = new ArrayList<>();
        everyone.bandsPerAttack().ifPresent(spread -> files.add(new ReportFile(TrendsCharts.SPREAD_FILE,
                "Residual-risk bands per attack", TrendsCharts.bandSpread(spread, everyone.assessmentsScored()))));
        if (quarters.stream().anyMatch(q -> q.perAttack().isPresent())) {
            files.add(new ReportFile(TrendsCharts.QUARTERS_FILE, "Systems at high or critical risk, by quarter",
                    TrendsCharts.byQuarter(quarters)));
        }
        return List.copyOf(files);
    }
}
