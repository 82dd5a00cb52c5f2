package dev.mlsec.assessor.core.lead;

import java.util.ArrayList;
import java.util.List;

/**
 * A report in chat, as every channel shows it: the same parts in the same order under the same
 * headings, whether it is drawn as lines of text or as the fields of an embed.
 */
public final class ReportLines {

    /** The heading of what was resolved and is new since the previous round. */
    public static final String THIS_ROUND = "This round";
    /** The heading of the most important recommendations. */
    public static final String DO_FIRST = "Do first";
    /** The heading of what was assumed for missing questionnaires. */
    public static final String ASSUMED = "Assumed";

    private ReportLines() {
    }

    /** Coverage, what is withheld, the scores, this round, then "Do first: …" and "Assumed: …" lines. */
    public static List<String> of(ReportBundle bundle) {
        List<String> lines = new ArrayList<>(bundle.coverage());
        bundle.withheld().ifPresent(lines::add);
        lines.addAll(bundle.scores());
        lines.addAll(bundle.sinceRound());
        bundle.doFirst().forEach(r -> lines.add(DO_FIRST + ": " + r));
        bundle.assumptions().forEach(a -> lines.add(ASSUMED + ": " + a));
        return lines;
    }
}
