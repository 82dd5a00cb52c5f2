package dev.mlsec.assessor.core.report;

import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.core.scoring.Band;
import dev.mlsec.assessor.core.scoring.RiskPicture;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Stage;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.Styler;

/** The report's charts as PNG, drawn headless with XChart at chat-preview size (800 x 450). */
public final class RiskCharts {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 450;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private RiskCharts() {
    }

    /** Residual risk per attack, one bar each, coloured by band. */
    public static byte[] residualRisk(String systemName, RiskPicture picture) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Residual risk per attack: " + shorten(systemName))
                .xAxisTitle("Attack").yAxisTitle("Residual risk (0-100)").build();
        ChartDrawing.style(chart.getStyler());
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setAvailableSpaceFill(0.6);
        List<String> attacks = Arrays.stream(Attack.values()).map(Attack::title).toList();
        for (Band band : Band.values()) {
            List<Number> values = new ArrayList<>();
            boolean any = false;
            for (Attack a : Attack.values()) {
                AttackScore s = picture.score(a);
                boolean inBand = s.band() == band;
                any |= inBand;
                values.add(inBand ? s.residual() : 0);
            }
            if (!any) {
                continue;
            }
            CategorySeries series = chart.addSeries(ChartDrawing.capitalised(band.id()), attacks, values);
            series.setFillColor(Color.decode(band.colour()));
        }
        return ChartDrawing.png(chart);
    }

    /** Exposure per attack and lifecycle stage as a heat map. */
    public static byte[] exposureHeatMap(String systemName, RiskPicture picture) {
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Exposure by attack and lifecycle stage: " + shorten(systemName))
                .xAxisTitle("Lifecycle stage").yAxisTitle("Attack").build();
        ChartDrawing.style(chart.getStyler());
        chart.getStyler().setShowValue(true);
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        chart.getStyler().setValueFontColor(Color.BLACK);
        chart.getStyler().setMin(0);
        chart.getStyler().setMax(100);
        chart.getStyler().setRangeColors(new Color[] {new Color(0xE8F5E9), new Color(0xFFF59D), new Color(0xFFB74D), new Color(0xE57373)});
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setHeatMapValueDecimalPattern("#0");
        List<String> stages = Arrays.stream(Stage.values()).map(Stage::title).toList();
        List<String> attacks = Arrays.stream(Attack.values()).map(Attack::title).toList();
        List<Number[]> cells = new ArrayList<>();
        for (int x = 0; x < Stage.values().length; x++) {
            for (int y = 0; y < Attack.values().length; y++) {
                int value = picture.exposureByStage().getOrDefault(Attack.values()[y], java.util.Map.of())
                        .getOrDefault(Stage.values()[x], 0);
                cells.add(new Number[] {x, y, value});
            }
        }
        chart.addSeries("Exposure (0-100)", stages, attacks, cells);
        return ChartDrawing.png(chart);
    }

    /** Residual risk per attack across a system's rounds: one line per attack, one point per round with scores. */
    public static byte[] acrossRounds(String systemName, RoundHistory history) {
        org.knowm.xchart.XYChart chart = new org.knowm.xchart.XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Residual risk per attack across rounds: " + shorten(systemName))
                .xAxisTitle("Round").yAxisTitle("Residual risk (0-100)").build();
        ChartDrawing.style(chart.getStyler());
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setXAxisTickMarkSpacingHint(80);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setMarkerSize(9);
        boolean any = false;
        for (Attack a : Attack.values()) {
            List<Number> rounds = new ArrayList<>();
            List<Number> values = new ArrayList<>();
            for (RoundHistory.Point point : history.rounds()) {
                Integer residual = point.residual().get(a);
                if (residual != null) {
                    rounds.add(point.number());
                    values.add(residual);
                }
            }
            if (!rounds.isEmpty()) {
                chart.addSeries(a.title(), rounds, values);
                any = true;
            }
        }
        if (!any) {
            chart.addSeries("No scores yet", List.of(history.number()), List.of(0));
        }
        return ChartDrawing.png(chart);
    }

    private static String shorten(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
