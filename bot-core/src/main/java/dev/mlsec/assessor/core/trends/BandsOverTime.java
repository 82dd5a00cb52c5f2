package dev.mlsec.assessor.core.trends;

import dev.mlsec.assessor.core.assessment.DatedBands;
import dev.mlsec.assessor.core.report.Anonymity;
import dev.mlsec.assessor.core.scoring.Band;
import dev.mlsec.assessor.questions.Attack;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the spread of risk bands moves quarter by quarter: at the end of each quarter, from the first
 * one with a scored round to today's, every ML system counts once, by its latest scored round opened
 * by then. A quarter from fewer than k systems is withheld, as every other breakdown is.
 */
public final class BandsOverTime {

    private BandsOverTime() {
    }

    /**
     * @param scored   every scored assessment's bands and creation day
     * @param systemOf the system an assessment code belongs to (its first round's code)
     * @param roundOf  the round number of an assessment code
     */
    public static List<QuarterSpread> quarters(List<DatedBands> scored, Function<String, String> systemOf,
                                               Function<String, Integer> roundOf, LocalDate today, Anonymity anonymity) {
        if (scored.isEmpty()) {
            return List.of();
        }
        LocalDate first = scored.stream().map(DatedBands::createdOn).min(Comparator.naturalOrder()).orElseThrow();
        Map<String, String> systems = new HashMap<>();
        Map<String, Integer> rounds = new HashMap<>();
        scored.forEach(s -> {
            systems.put(s.code(), systemOf.apply(s.code()));
            rounds.put(s.code(), roundOf.apply(s.code()));
        });
        List<QuarterSpread> quarters = new ArrayList<>();
        for (LocalDate start = quarterStart(first); !start.isAfter(today); start = start.plusMonths(3)) {
            LocalDate end = start.plusMonths(3).minusDays(1);
            Map<String, DatedBands> latest = new LinkedHashMap<>();
            for (DatedBands s : scored) {
                if (s.createdOn().isAfter(end)) {
                    continue;
                }
                latest.merge(systems.get(s.code()), s, (a, b) -> rounds.get(b.code()) > rounds.get(a.code()) ? b : a);
            }
            quarters.add(spread(label(start), latest.values().stream().toList(), anonymity));
        }
        return List.copyOf(quarters);
    }

    private static QuarterSpread spread(String quarter, List<DatedBands> latest, Anonymity anonymity) {
        if (!anonymity.allows(latest.size())) {
            return new QuarterSpread(quarter, latest.size(), Optional.empty(),
                    anonymity.needed(latest.size()).replace("completed answer set", "scored system"));
        }
        Map<String, Map<String, Long>> perAttack = new LinkedHashMap<>();
        for (Attack a : Attack.values()) {
            Map<String, Long> count = new LinkedHashMap<>();
            for (Band b : Band.values()) {
                count.put(b.id(), 0L);
            }
            latest.forEach(s -> s.bands().of(a).ifPresent(band -> count.merge(band.id(), 1L, Long::sum)));
            perAttack.put(a.id(), count);
        }
        return new QuarterSpread(quarter, latest.size(), Optional.of(perAttack), "");
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
    }

    private static String label(LocalDate start) {
        return start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
    }
}
