package dev.mlsec.assessor.core.trends;

import dev.mlsec.assessor.core.report.ChartDrawing;
import dev.mlsec.assessor.core.report.RiskCharts;
import dev.mlsec.assessor.core.scoring.Band;
import dev.mlsec.assessor.questions.Attack;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** The trends' charts as PNG, at the report charts' size: the band spread per attack, and its move by quarter. */
public final class TrendsCharts {

    public static final String SPREAD_FILE = "trends-band-spread.png";
    public static final String QUARTERS_FILE = "trends-by-quarter.png";

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private TrendsCharts() {
    }

    /** How many assessments fall in each band, per attack: one stacked bar per attack. */
    public static byte[] bandSpread(Map<String, Map<String, Long>> perAttack, long scored) {
        CategoryChart chart = new CategoryChartBuilder().width(RiskCharts.WIDTH).height(RiskCharts.HEIGHT)
                .title("Residual-risk bands per attack across " + scored + " scored assessments")
                .xAxisTitle("Attack").yAxisTitle("Assessments").build();
        ChartDrawing.style(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setAvailableSpaceFill(0.6);
        List<String> attacks = Arrays.stream(Attack.values()).map(Attack::title).toList();
        for (Band band : Band.values()) {
            List<Number> counts = new ArrayList<>();
            for (Attack a : Attack.values()) {
                counts.add(perAttack.getOrDefault(a.id(), Map.of()).getOrDefault(band.id(), 0L));
            }
            CategorySeries series = chart.addSeries(ChartDrawing.capitalised(band.id()), attacks, counts);
            series.setFillColor(Color.decode(band.colour()));
        }
        return ChartDrawing.png(chart);
    }

    /**
     * The share of systems whose latest round is high or critical, per attack and quarter; withheld
     * quarters have no point. Quarters are numbered from the first, labelled in the legend's title.
     */
    public static byte[] byQuarter(List<QuarterSpread> quarters) {
        String span = quarters.isEmpty() ? "" : " (" + quarters.get(0).quarter() + " to " + quarters.get(quarters.size() - 1).quarter() + ")";
        XYChart chart = new XYChartBuilder().width(RiskCharts.WIDTH).height(RiskCharts.HEIGHT)
                .title("Systems at high or critical risk, by quarter" + span)
                .xAxisTitle("Quarter").yAxisTitle("Latest rounds high or critical (%)").build();
        ChartDrawing.style(chart.getStyler());
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.setCustomXAxisTickLabelsFormatter(x -> {
            int i = (int) Math.round(x) - 1;
            return i >= 0 && i < quarters.size() && Math.abs(x - Math.round(x)) < 1e-6 ? quarters.get(i).quarter() : "";
        });
        boolean any = false;
        for (Attack a : Attack.values()) {
            List<Number> xs = new ArrayList<>();
            List<Number> ys = new ArrayList<>();
            for (int i = 0; i < quarters.size(); i++) {
                QuarterSpread q = quarters.get(i);
                if (q.perAttack().isEmpty()) {
                    continue;
                }
                Map<String, Long> c = q.perAttack().get().getOrDefault(a.id(), Map.of());
                long all = c.values().stream().mapToLong(Long::longValue).sum();
                if (all > 0) {
                    xs.add(i + 1);
                    ys.add(Math.round(100.0 * (c.getOrDefault("high", 0L) + c.getOrDefault("critical", 0L)) / all));
                }
            }
            if (!xs.isEmpty()) {
                chart.addSeries(a.title(), xs, ys);
                any = true;
            }
        }
        if (!any) {
            chart.addSeries("Not enough scored systems yet", List.of(1), List.of(0));
        }
        return ChartDrawing.png(chart);
    }
}
