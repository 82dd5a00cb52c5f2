package dev.mlsec.assessor.core.report;

import dev.mlsec.assessor.core.scoring.Recommendation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The part of a report about its round: the round's place, and what changed since the previous one, in words. */
public final class RoundSection {

    private RoundSection() {
    }

    /** e.g. "Round 2 of this system, after round 1 (FRD-7K2QX). Closed on 2026-12-01: its figures are frozen." */
    public static String heading(RoundHistory h) {
        StringBuilder s = new StringBuilder("Round ").append(h.number()).append(" of this system");
        h.sincePrevious().ifPresent(c -> s.append(", after round ").append(c.previousNumber()).append(" (")
                .append(c.previousCode()).append(")"));
        s.append('.');
        h.closedOn().ifPresent(d -> s.append(" Closed on ").append(d).append(": it takes no more answers and its figures are frozen."));
        return s.toString();
    }

    /** One line per attack compared, e.g. "Evasion: residual risk down 12 from 47 (medium → low)". */
    public static List<String> deltas(RoundComparison c) {
        List<String> lines = new ArrayList<>();
        c.attacks().forEach(d -> lines.add(d.attack().title() + ": residual risk " + d.words()));
        return lines;
    }

    /** What the JSON report carries of the round. */
    static Map<String, Object> json(RoundHistory h) {
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("number", h.number());
        round.put("closedOn", h.closedOn().map(Object::toString).orElse(null));
        h.sincePrevious().ifPresent(c -> {
            Map<String, Object> previous = new LinkedHashMap<>();
            previous.put("code", c.previousCode());
            previous.put("number", c.previousNumber());
            Map<String, Object> attacks = new LinkedHashMap<>();
            c.attacks().forEach(d -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("residual", d.before());
                a.put("band", d.beforeBand().id());
                a.put("residualNow", d.after());
                a.put("bandNow", d.afterBand().id());
                a.put("direction", d.direction().id());
                attacks.put(d.attack().id(), a);
            });
            previous.put("attacks", attacks);
            previous.put("resolvedRecommendations", c.resolved().stream().map(RoundSection::name).toList());
            previous.put("newRecommendations", c.added().stream().map(RoundSection::name).toList());
            previous.put("caveat", c.caveat().orElse(null));
            round.put("previous", previous);
        });
        Map<String, Object> all = new LinkedHashMap<>();
        h.rounds().forEach(p -> {
            Map<String, Integer> residual = new LinkedHashMap<>();
            p.residual().forEach((a, v) -> residual.put(a.id(), v));
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("number", p.number());
            one.put("residual", residual);
            all.put(p.code(), one);
        });
        round.put("rounds", all);
        return round;
    }

    /** The HTML section, with the across-rounds chart when given. */
    static void html(StringBuilder h, RoundHistory history, byte[] chart) {
        h.append("<h2>Since the previous round</h2><p>").append(HtmlReport.esc(heading(history))).append("</p>");
        history.sincePrevious().ifPresent(c -> {
            c.caveat().ifPresent(w -> h.append("<p class=\"note\">").append(HtmlReport.esc(w)).append("</p>"));
            if (!c.attacks().isEmpty()) {
                h.append("<table><tr><th>Attack</th><th class=\"n\">Round ").append(c.previousNumber())
                        .append("</th><th class=\"n\">Now</th><th>Change</th></tr>");
                c.attacks().forEach(d -> h.append("<tr><td>").append(d.attack().title()).append("</td><td class=\"n\">")
                        .append(d.before()).append(' ').append(HtmlReport.badge(d.beforeBand())).append("</td><td class=\"n\">")
                        .append(d.after()).append(' ').append(HtmlReport.badge(d.afterBand())).append("</td><td>")
                        .append(HtmlReport.esc(d.words())).append("</td></tr>"));
                h.append("</table>");
            }
            list(h, "Resolved since round " + c.previousNumber() + " (their control is now in place)", c.resolved());
            list(h, "New since round " + c.previousNumber(), c.added());
        });
        if (chart.length > 0) {
            HtmlReport.image(h, chart, "Residual risk per attack across rounds");
        }
    }

    /** The Markdown section. */
    static void markdown(StringBuilder md, RoundHistory history) {
        md.append("## Since the previous round\n\n").append(heading(history)).append("\n\n");
        history.sincePrevious().ifPresent(c -> {
            c.caveat().ifPresent(w -> md.append("> ").append(w).append("\n\n"));
            deltas(c).forEach(l -> md.append("- ").append(l).append('\n'));
            if (!c.attacks().isEmpty()) {
                md.append('\n');
            }
            c.resolved().forEach(r -> md.append("- Resolved: ").append(r.text()).append('\n'));
            c.added().forEach(r -> md.append("- New: ").append(r.text()).append('\n'));
            md.append('\n');
        });
    }

    private static void list(StringBuilder h, String title, List<Recommendation> items) {
        h.append("<p><strong>").append(HtmlReport.esc(title)).append(":</strong> ");
        if (items.isEmpty()) {
            h.append("none.</p>");
            return;
        }
        h.append("</p><ul>");
        items.forEach(r -> h.append("<li>").append(HtmlReport.esc(r.text())).append("</li>"));
        h.append("</ul>");
    }

    private static String name(Recommendation r) {
        return r.controlId().isEmpty() ? r.text() : r.controlId();
    }
}
