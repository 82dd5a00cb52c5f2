package dev.mlsec.assessor.core.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.DatedBands;
import dev.mlsec.assessor.core.assessment.RiskBands;
import dev.mlsec.assessor.core.report.Anonymity;
import dev.mlsec.assessor.core.scoring.Band;
import dev.mlsec.assessor.questions.Attack;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandsOverTimeTest {

    private static final Anonymity K3 = new Anonymity(3);

    private static DatedBands scored(String code, String day, Band band) {
        Map<Attack, Band> bands = new EnumMap<>(Attack.class);
        for (Attack a : Attack.values()) {
            bands.put(a, band);
        }
        return new DatedBands(code, LocalDate.parse(day), new RiskBands(bands));
    }

    /** Codes like "A-2": system A, round 2. */
    private static List<QuarterSpread> quarters(List<DatedBands> scored, String today) {
        return BandsOverTime.quarters(scored, code -> code.split("-")[0], code -> Integer.parseInt(code.split("-")[1]),
                LocalDate.parse(today), K3);
    }

    @Test
    void each_system_counts_once_per_quarter_by_its_latest_round_by_the_quarters_end() {
        List<QuarterSpread> q = quarters(List.of(scored("A-1", "2026-02-10", Band.CRITICAL), scored("B-1", "2026-03-01", Band.HIGH),
                scored("C-1", "2026-03-20", Band.HIGH), scored("A-2", "2026-05-02", Band.LOW)), "2026-06-30");

        assertThat(q).extracting(QuarterSpread::quarter).containsExactly("2026-Q1", "2026-Q2");
        assertThat(q.get(0).systems()).isEqualTo(3);
        assertThat(q.get(0).perAttack().orElseThrow().get("evasion")).containsEntry("critical", 1L).containsEntry("high", 2L)
                .containsEntry("low", 0L);
        assertThat(q.get(1).systems()).isEqualTo(3);
        assertThat(q.get(1).perAttack().orElseThrow().get("evasion")).containsEntry("critical", 0L).containsEntry("high", 2L)
                .containsEntry("low", 1L);
    }

    @Test
    void a_quarter_from_fewer_than_k_systems_is_withheld_saying_how_many_more_are_needed() {
        List<QuarterSpread> q = quarters(List.of(scored("A-1", "2026-02-10", Band.CRITICAL), scored("A-2", "2026-03-01", Band.LOW),
                scored("B-1", "2026-04-20", Band.HIGH), scored("C-1", "2026-04-21", Band.HIGH)), "2026-04-30");

        assertThat(q.get(0).perAttack()).isEmpty();
        assertThat(q.get(0).systems()).isEqualTo(1);
        assertThat(q.get(0).withheld()).isEqualTo("2 more scored systems are needed before this is shown");
        assertThat(q.get(1).perAttack()).isPresent();
    }

    @Test
    void no_scored_assessment_gives_no_quarter() {
        assertThat(quarters(List.of(), "2026-04-30")).isEmpty();
    }

    @Test
    void the_quarter_chart_and_the_html_trends_draw_every_quarter_shown() throws java.io.IOException {
        List<DatedBands> scored = List.of(scored("A-1", "2026-01-10", Band.CRITICAL), scored("B-1", "2026-02-01", Band.HIGH),
                scored("C-1", "2026-03-20", Band.HIGH), scored("A-2", "2026-05-02", Band.MEDIUM), scored("B-2", "2026-08-02", Band.LOW),
                scored("D-1", "2026-10-02", Band.CRITICAL));
        List<QuarterSpread> q = quarters(scored, "2026-12-01");
        TrendsReport report = new TrendsReport(3, List.of(), q.get(3).perAttack(), 4, "");
        byte[] chart = TrendsCharts.byQuarter(q);
        String html = TrendsHtml.render(report, q, TrendsCharts.bandSpread(q.get(3).perAttack().orElseThrow(), 4), chart);

        assertThat(q).extracting(QuarterSpread::quarter).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(html).contains("<td>2026-Q3</td><td class=\"n\">3</td><td>1 / 1 / 1 / 0</td>");
        String out = System.getProperty("rounds.preview");
        if (out != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(out, "quarters.png"), chart);
            java.nio.file.Files.writeString(java.nio.file.Path.of(out, "trends.html"), html);
        }
    }
}
