package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The risk model of questionnaires 1.x, kept so that definitions in their format still score: noisy-OR of option weights. Pure: no I/O.
 *
 * <p>Per attack: impact I from the impact questionnaire, exposure E from the exposure questionnaire,
 * mitigation M from the mitigation questionnaire (and the mitigation-tagged answers of the others),
 * each the noisy-OR of the chosen options' weights. Residual risk R = 100 x I x E x (1 - M), with M
 * capped at {@value #MITIGATION_CAP} so that no attack is ever "solved". Where several people answered
 * one questionnaire, the more exposed answer counts (highest impact and exposure, lowest mitigation):
 * a chain is as weak as its weakest link; a wide spread between them is reported as a finding.
 * Maturity (0..3) per section of the mitigation questionnaire: the mean, over answered questions, of
 * how close the chosen answer comes to the question's best defence, times three; the weakest
 * respondent counts. A missing questionnaire is never silently zero: impact and exposure are assumed medium (0.5),
 * mitigation none (0), and the assumption is stated.
 */
final class NoisyOrModel {

    /** Mitigation never counts for more than this fraction. */
    public static final double MITIGATION_CAP = 0.95;
    /** Assumed impact or exposure when its questionnaire is missing. */
    public static final double ASSUMED_MEDIUM = 0.5;
    /** A spread between respondents at least this wide (0..1) is reported. */
    public static final double DISAGREEMENT = 0.4;

    private NoisyOrModel() {
    }

    public static RiskPicture score(List<Questionnaire> questionnaires, List<CompletedRun> runs) {
        Map<String, Questionnaire> byId = new LinkedHashMap<>();
        questionnaires.forEach(q -> byId.put(q.id(), q));
        Map<Dimension, List<RunScores>> byDimension = new EnumMap<>(Dimension.class);
        Map<String, Integer> runCounts = new TreeMap<>();
        List<Scored> scored = new ArrayList<>();
        for (CompletedRun run : runs) {
            Questionnaire q = byId.get(run.questionnaireId());
            if (q == null) {
                continue;
            }
            RunScores s = RunScores.of(q, run.answers());
            scored.add(new Scored(q, run.answers(), s));
            byDimension.computeIfAbsent(q.dimension(), d -> new ArrayList<>()).add(s);
            runCounts.merge(q.id(), 1, Integer::sum);
        }
        List<String> assumptions = new ArrayList<>();
        for (Questionnaire q : questionnaires) {
            if (!runCounts.containsKey(q.id())) {
                assumptions.add(assumption(q));
            }
        }
        List<RunScores> impactRuns = byDimension.getOrDefault(Dimension.IMPACT, List.of());
        List<RunScores> exposureRuns = byDimension.getOrDefault(Dimension.EXPOSURE, List.of());
        List<RunScores> mitigationRuns = byDimension.getOrDefault(Dimension.MITIGATION, List.of());

        List<AttackScore> attacks = new ArrayList<>();
        Map<Attack, Map<Stage, Integer>> stages = new EnumMap<>(Attack.class);
        List<String> disagreements = new ArrayList<>();
        for (Attack a : Attack.values()) {
            double impact = impactRuns.isEmpty() ? ASSUMED_MEDIUM : max(impactRuns, Dimension.IMPACT, a);
            double exposure = exposureRuns.isEmpty() ? ASSUMED_MEDIUM : max(exposureRuns, Dimension.EXPOSURE, a);
            double fromDefences = mitigationRuns.isEmpty() ? 0 : min(mitigationRuns, Dimension.MITIGATION, a);
            double fromManagement = impactRuns.isEmpty() ? 0 : min(impactRuns, Dimension.MITIGATION, a);
            double mitigation = Math.min(MITIGATION_CAP, 1 - (1 - fromDefences) * (1 - fromManagement));
            int residual = (int) Math.round(100 * impact * exposure * (1 - mitigation));
            attacks.add(new AttackScore(a, pct(impact), pct(exposure), pct(mitigation), residual, Band.of(residual)));
            Map<Stage, Integer> perStage = new EnumMap<>(Stage.class);
            for (Stage st : Stage.values()) {
                double e = exposureRuns.stream().mapToDouble(r -> r.exposure(a, st)).max().orElse(0);
                perStage.put(st, pct(e));
            }
            stages.put(a, perStage);
            disagreement(impactRuns, Dimension.IMPACT, a, "impact of").ifPresent(disagreements::add);
            disagreement(exposureRuns, Dimension.EXPOSURE, a, "exposure to").ifPresent(disagreements::add);
            disagreement(mitigationRuns, Dimension.MITIGATION, a, "defences against").ifPresent(disagreements::add);
        }
        return new RiskPicture(attacks, stages, recommendations(scored, attacks), assumptions, disagreements,
                maturity(scored), runCounts);
    }

    private static String assumption(Questionnaire q) {
        String what;
        if (q.dimension() == Dimension.IMPACT) {
            what = "impact is assumed medium (50) for every attack";
        } else if (q.dimension() == Dimension.EXPOSURE) {
            what = "exposure is assumed medium (50) for every attack";
        } else {
            what = "no defences are assumed (mitigation 0)";
        }
        return q.title() + " (" + q.id() + ") has no completed answers yet, so " + what + ".";
    }

    private static double max(List<RunScores> runs, Dimension d, Attack a) {
        return runs.stream().mapToDouble(r -> r.value(d, a)).max().orElse(0);
    }

    private static double min(List<RunScores> runs, Dimension d, Attack a) {
        return runs.stream().mapToDouble(r -> r.value(d, a)).min().orElse(0);
    }

    private static java.util.Optional<String> disagreement(List<RunScores> runs, Dimension d, Attack a, String what) {
        if (runs.size() < 2) {
            return java.util.Optional.empty();
        }
        double low = min(runs, d, a);
        double high = max(runs, d, a);
        if (high - low < DISAGREEMENT) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Respondents disagree on the " + what + " " + a.title().toLowerCase(Locale.ROOT)
                + ": from " + pct(low) + " to " + pct(high) + ". The higher risk is counted; talk it through.");
    }

    private static List<Recommendation> recommendations(List<Scored> scored, List<AttackScore> attacks) {
        Map<Attack, Integer> residual = new EnumMap<>(Attack.class);
        attacks.forEach(s -> residual.put(s.attack(), s.residual()));
        Map<String, Set<Attack>> attacksOf = new LinkedHashMap<>();
        Map<String, Double> reduction = new LinkedHashMap<>();
        Map<String, Integer> chosenBy = new LinkedHashMap<>();
        for (Scored s : scored) {
            Set<String> inThisRun = new java.util.HashSet<>();
            for (Question q : s.questionnaire().questions()) {
                for (String optionId : s.answers().chosen(q.id())) {
                    Option option = q.option(optionId).orElse(null);
                    if (option == null || option.recommendation().isEmpty()) {
                        continue;
                    }
                    String text = option.recommendation().get();
                    attacksOf.computeIfAbsent(text, t -> EnumSet.noneOf(Attack.class)).addAll(option.scoring().weights().keySet());
                    double gain = 0;
                    for (Attack a : option.scoring().weights().keySet()) {
                        gain += residual.get(a) * gap(q, option, a);
                    }
                    reduction.merge(text, gain, Math::max);
                    if (inThisRun.add(text)) {
                        chosenBy.merge(text, 1, Integer::sum);
                    }
                }
            }
        }
        List<Recommendation> all = new ArrayList<>();
        attacksOf.forEach((text, on) -> {
            int priority = on.stream().mapToInt(residual::get).max().orElse(0);
            all.add(new Recommendation(text, List.copyOf(on), priority, (int) Math.round(reduction.get(text)), chosenBy.get(text)));
        });
        all.sort(Comparator.comparingInt(Recommendation::reduction).reversed()
                .thenComparing(Comparator.comparingInt(Recommendation::priority).reversed())
                .thenComparing(Comparator.comparingInt(Recommendation::chosenBy).reversed())
                .thenComparing(Recommendation::text));
        return all;
    }

    /**
     * How far a chosen answer is from the question's safest answer for one attack, 0..1: for a
     * defence, the best defence's weight minus the chosen one's; otherwise the chosen weight minus the
     * lowest. Following the recommendation closes that gap.
     */
    private static double gap(Question q, Option chosen, Attack a) {
        double w = chosen.scoring().weight(a);
        if (chosen.scoring().dimension() == Dimension.MITIGATION) {
            double best = q.options().stream().filter(o -> o.scoring().dimension() == Dimension.MITIGATION)
                    .mapToDouble(o -> o.scoring().weight(a)).max().orElse(w);
            return Math.max(0, best - w);
        }
        double safest = q.options().stream().filter(o -> !o.dontKnow())
                .mapToDouble(o -> o.scoring().weight(a)).min().orElse(0);
        return Math.max(0, w - safest);
    }

    private static List<SectionMaturity> maturity(List<Scored> scored) {
        return SectionMaturity.weakest(scored.stream()
                .map(s -> new SectionMaturity.AnswerSet(s.questionnaire(), s.answers())).toList(), NoisyOrModel::defence);
    }

    /** How much an option defends: its strongest mitigation weight, 0 for any other dimension. */
    private static double defence(Option o) {
        return o.scoring().dimension() != Dimension.MITIGATION ? 0
                : o.scoring().weights().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static int pct(double fraction) {
        return (int) Math.round(100 * fraction);
    }

    private record Scored(Questionnaire questionnaire, Answers answers, RunScores scores) {
    }
}
