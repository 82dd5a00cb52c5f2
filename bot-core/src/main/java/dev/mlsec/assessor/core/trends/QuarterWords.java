package dev.mlsec.assessor.core.trends;

import java.util.List;
import java.util.Map;

/** The quarter-by-quarter band spread in words: a Markdown table, one row per quarter. */
public final class QuarterWords {

    private QuarterWords() {
    }

    public static String markdown(List<QuarterSpread> quarters) {
        StringBuilder md = new StringBuilder("\n## Residual-risk bands quarter by quarter\n\n");
        if (quarters.isEmpty()) {
            return md.append("No assessment is scored yet.\n").toString();
        }
        md.append("Each ML system counts once per quarter, by its latest scored round by the quarter's end; ")
                .append("per attack: low / medium / high / critical.\n\n");
        md.append("| quarter | systems | poisoning | evasion | stealing | inference |\n|---|---:|---|---|---|---|\n");
        for (QuarterSpread q : quarters) {
            md.append("| ").append(q.quarter()).append(" | ").append(q.systems()).append(" | ");
            if (q.perAttack().isEmpty()) {
                md.append(q.withheld()).append(" | | | |\n");
                continue;
            }
            for (String attack : List.of("poisoning", "evasion", "stealing", "inference")) {
                Map<String, Long> c = q.perAttack().get().getOrDefault(attack, Map.of());
                md.append(c.getOrDefault("low", 0L)).append(" / ").append(c.getOrDefault("medium", 0L)).append(" / ")
                        .append(c.getOrDefault("high", 0L)).append(" / ").append(c.getOrDefault("critical", 0L)).append(" | ");
            }
            md.setLength(md.length() - 1);
            md.append('\n');
        }
        return md.toString();
    }
}
