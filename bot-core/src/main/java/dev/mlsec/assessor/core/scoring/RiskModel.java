package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Effect;
import dev.mlsec.assessor.questions.ImpactLevel;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.PoisoningPath;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Stage;
import dev.mlsec.assessor.questions.catalogue.AttackProfile;
import dev.mlsec.assessor.questions.catalogue.Catalogue;
import dev.mlsec.assessor.questions.catalogue.Control;
import dev.mlsec.assessor.questions.catalogue.ControlKind;
import dev.mlsec.assessor.questions.catalogue.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The risk model 2.0.0, for questionnaires of typed effects. Pure: no I/O. Per attack:
 * <ul>
 *   <li>likelihood L = √(access × susceptibility × motive): the square root reads the product of several
 *   factors on the scale of one, as OWASP's Risk Rating averages its likelihood factors. For evasion, stealing and inference, access is
 *   the larger of query access (the product of who can send inputs, who sees outputs, how detailed,
 *   how limited) and white-box access (the model itself within reach). For poisoning it is the worst
 *   write path (data, labels, base model, pipeline, feedback) after its checks, times uptake
 *   (retraining frequency × release gate);</li>
 *   <li>impact I = the respondent's own level for that attack, raised one level by context at most;</li>
 *   <li>mitigation M = 1 − (1 − ML)(1 − ORG): ML-specific controls combine as 1 − Π(1 − weight ×
 *   strength), capped at {@value #ML_CAP}; organisational measures the same way, capped at
 *   {@value #ORGANISATIONAL_CAP}; a control counts only against the attacks it addresses;</li>
 *   <li>residual R = 100 × I × L × (1 − M), banded as before.</li>
 * </ul>
 * Where several people answered one questionnaire the weakest link counts: the highest impact and
 * likelihood, the weakest control. Recommendations are the controls missing, ranked by the residual
 * risk putting each fully in place takes away (unrounded, then by id).
 */
public final class RiskModel {

    public static final String VERSION = "2.0.0";
    /** ML defences together never stop more than this share of attempts: each is partial against adaptive attackers. */
    public static final double ML_CAP = 0.75;
    /** Organisational measures together never count for more than this share. */
    public static final double ORGANISATIONAL_CAP = 0.15;
    /** Likelihood assumed when the attack-surface questionnaire is missing. */
    public static final double ASSUMED_LIKELIHOOD = 0.5;
    /** Impact assumed when the risk-impact questionnaire is missing. */
    public static final ImpactLevel ASSUMED_IMPACT = ImpactLevel.SERIOUS;
    /** A spread between respondents at least this wide (0..1) is reported. */
    public static final double DISAGREEMENT = 0.4;
    /** A missing control that would take away less residual risk than this (summed, 0..400) is not recommended. */
    public static final double MIN_REDUCTION = 0.5;

    private RiskModel() {
    }

    /** What the runs say, per dimension, before residual risk is computed. */
    private record Inputs(Map<Attack, Double> impact, Map<Attack, Double> likelihood, Map<String, Double> strengths,
                          Map<Attack, RunFacts> impactFacts, Map<Attack, RunFacts> likelihoodFacts, Map<String, String> controlAnswers) {
    }

    public static RiskPicture score(List<Questionnaire> questionnaires, List<CompletedRun> runs, Catalogue catalogue) {
        Map<String, Questionnaire> byId = new LinkedHashMap<>();
        questionnaires.forEach(q -> byId.put(q.id(), q));
        List<Scored> scored = new ArrayList<>();
        Map<String, Integer> runCounts = new TreeMap<>();
        Map<String, Map<String, Integer>> versions = new TreeMap<>();
        for (CompletedRun run : runs) {
            Questionnaire q = byId.get(run.questionnaireId());
            if (q == null) {
                continue;
            }
            scored.add(new Scored(q, run, RunFacts.of(q, run.answers(), Optional.empty())));
            runCounts.merge(q.id(), 1, Integer::sum);
            versions.computeIfAbsent(q.id(), k -> new TreeMap<>()).merge(run.version(), 1, Integer::sum);
        }
        List<String> assumptions = new ArrayList<>();
        for (Questionnaire q : questionnaires) {
            if (!runCounts.containsKey(q.id())) {
                assumptions.add(assumption(q));
            }
        }
        Inputs in = inputs(questionnaires, scored);
        List<AttackScore> attacks = new ArrayList<>();
        Map<Attack, Double> residual = new EnumMap<>(Attack.class);
        Map<Attack, List<Driver>> drivers = new EnumMap<>(Attack.class);
        for (Attack a : Attack.values()) {
            double m = mitigation(a, in.strengths(), catalogue);
            double r = 100 * in.impact().get(a) * in.likelihood().get(a) * (1 - m);
            residual.put(a, r);
            int rounded = (int) Math.round(r);
            attacks.add(new AttackScore(a, pct(in.impact().get(a)), pct(in.likelihood().get(a)), pct(m), rounded, Band.of(rounded)));
            drivers.put(a, drivers(a, in, catalogue));
        }
        List<Recommendation> recommendations = recommendations(scored, in, residual, catalogue);
        Map<Attack, AttackProfile> profiles = new EnumMap<>(Attack.class);
        Set<String> cited = new LinkedHashSet<>();
        for (Attack a : Attack.values()) {
            AttackProfile p = catalogue.profile(a);
            profiles.put(a, p);
            cited.addAll(p.nist());
            cited.addAll(p.techniques());
            cited.addAll(p.owasp());
        }
        recommendations.forEach(r -> {
            cited.addAll(r.owasp());
            cited.addAll(r.atlas());
        });
        Map<String, Reference> references = new LinkedHashMap<>();
        cited.forEach(id -> catalogue.reference(id).ifPresent(ref -> references.put(id, ref)));
        return new RiskPicture(attacks, stages(scored), recommendations, assumptions, disagreements(scored, catalogue),
                maturity(scored), runCounts, VERSION, drivers, profiles, references, versionNotes(byId, versions));
    }

    /** The inputs of the residual, from the runs: weakest link per questionnaire. */
    private static Inputs inputs(List<Questionnaire> questionnaires, List<Scored> scored) {
        Map<Attack, Double> impact = new EnumMap<>(Attack.class);
        Map<Attack, Double> likelihood = new EnumMap<>(Attack.class);
        Map<Attack, RunFacts> impactFacts = new EnumMap<>(Attack.class);
        Map<Attack, RunFacts> likelihoodFacts = new EnumMap<>(Attack.class);
        for (Attack a : Attack.values()) {
            double motive = 0;
            boolean anyImpact = false;
            double i = 0;
            double l = -1;
            for (Scored s : scored) {
                if (s.questionnaire().dimension() == Dimension.IMPACT) {
                    anyImpact = true;
                    double v = s.facts().impact(a).orElse(ASSUMED_IMPACT).value();
                    if (v > i || !impactFacts.containsKey(a)) {
                        i = Math.max(i, v);
                        impactFacts.put(a, s.facts());
                    }
                    motive = Math.max(motive, s.facts().motive(a));
                } else if (s.questionnaire().dimension() == Dimension.EXPOSURE) {
                    double v = s.facts().likelihood(a);
                    v = Double.isNaN(v) ? 1 : v;
                    if (v > l) {
                        l = v;
                        likelihoodFacts.put(a, s.facts());
                    }
                }
            }
            impact.put(a, anyImpact ? i : ASSUMED_IMPACT.value());
            likelihood.put(a, l < 0 ? ASSUMED_LIKELIHOOD : Math.sqrt(l * (anyImpact ? motive : 1)));
        }
        Map<String, Set<String>> offeredBy = new TreeMap<>();
        for (Questionnaire q : questionnaires) {
            for (Question question : q.questions()) {
                for (Option o : question.options()) {
                    o.effects(Effect.Control.class).forEach(c -> offeredBy.computeIfAbsent(c.id(), k -> new TreeSet<>()).add(q.id()));
                }
            }
        }
        Map<String, Double> strengths = new TreeMap<>();
        Map<String, String> answers = new TreeMap<>();
        offeredBy.forEach((control, owners) -> {
            double best = 0;
            for (String owner : owners) {
                double weakest = Double.NaN;
                String answer = null;
                for (Scored s : scored) {
                    if (!s.questionnaire().id().equals(owner)) {
                        continue;
                    }
                    double v = s.facts().controls.getOrDefault(control, 0.0);
                    if (Double.isNaN(weakest) || v < weakest) {
                        weakest = v;
                        answer = s.facts().controlAnswers.get(control);
                    }
                }
                if (!Double.isNaN(weakest) && weakest > best) {
                    best = weakest;
                    answers.put(control, answer);
                }
            }
            strengths.put(control, best);
        });
        return new Inputs(impact, likelihood, strengths, impactFacts, likelihoodFacts, answers);
    }

    /** Mitigation of one attack from the controls' strengths: ML and organisational each capped, then combined. */
    static double mitigation(Attack a, Map<String, Double> strengths, Catalogue catalogue) {
        double mlLeft = 1;
        double orgLeft = 1;
        for (Map.Entry<String, Double> e : strengths.entrySet()) {
            Optional<Control> c = catalogue.control(e.getKey());
            if (c.isEmpty() || !c.get().addresses(a)) {
                continue;
            }
            double stop = c.get().weight(a) * e.getValue();
            if (c.get().kind() == ControlKind.ML) {
                mlLeft *= 1 - stop;
            } else {
                orgLeft *= 1 - stop;
            }
        }
        double ml = Math.min(ML_CAP, 1 - mlLeft);
        double org = Math.min(ORGANISATIONAL_CAP, 1 - orgLeft);
        return 1 - (1 - ml) * (1 - org);
    }

    private static List<Recommendation> recommendations(List<Scored> scored, Inputs in, Map<Attack, Double> residual,
                                                        Catalogue catalogue) {
        Map<String, Integer> chosenBy = new TreeMap<>();
        for (Scored s : scored) {
            Set<String> candidates = new TreeSet<>(s.facts().gaps);
            candidates.addAll(s.facts().unticked);
            candidates.forEach(c -> chosenBy.merge(c, 1, Integer::sum));
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Map.Entry<String, Integer> e : chosenBy.entrySet()) {
            Optional<Control> control = catalogue.control(e.getKey());
            if (control.isEmpty() || in.strengths().getOrDefault(e.getKey(), 0.0) >= 1) {
                continue;
            }
            Map<String, Double> with = new TreeMap<>(in.strengths());
            with.put(e.getKey(), 1.0);
            double gain = 0;
            List<Attack> on = new ArrayList<>();
            int priority = 0;
            for (Attack a : Attack.values()) {
                double after = 100 * in.impact().get(a) * in.likelihood().get(a) * (1 - mitigation(a, with, catalogue));
                double g = residual.get(a) - after;
                if (control.get().weight(a) > 0) {
                    on.add(a);
                    priority = Math.max(priority, (int) Math.round(residual.get(a)));
                }
                gain += g;
            }
            if (gain < MIN_REDUCTION) {
                continue;
            }
            Control c = control.get();
            ranked.add(new Ranked(gain, new Recommendation(c.recommendation(), on, priority, (int) Math.round(gain), e.getValue(),
                    c.id(), c.kind() == ControlKind.ORGANISATIONAL, c.owasp(), c.atlas())));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::gain).reversed()
                .thenComparing(r -> r.recommendation().controlId()));
        return ranked.stream().map(Ranked::recommendation).toList();
    }

    private record Ranked(double gain, Recommendation recommendation) {
    }

    /** Per attack, the answers that drove its impact, likelihood and mitigation, most telling first. */
    private static List<Driver> drivers(Attack a, Inputs in, Catalogue catalogue) {
        List<Driver> all = new ArrayList<>();
        RunFacts impact = in.impactFacts().get(a);
        if (impact != null && impact.rated.containsKey(a)) {
            RunFacts.Part r = impact.rated.get(a);
            ImpactLevel level = impact.impact(a).orElse(ASSUMED_IMPACT);
            all.add(new Driver(Driver.Part.IMPACT, r.questionId(), r.answer(), "rated " + levelOf(r.value()).id()));
            if (impact.raisedBy.containsKey(a) && level != levelOf(r.value())) {
                RunFacts.Part raise = impact.raisedBy.get(a);
                all.add(new Driver(Driver.Part.IMPACT, raise.questionId(), raise.answer(), "raises impact to " + level.id()));
            }
        }
        RunFacts surface = in.likelihoodFacts().get(a);
        if (surface != null) {
            List<Driver> likely = new ArrayList<>();
            if (a == Attack.POISONING) {
                surface.worstPath().ifPresent(worst -> {
                    RunFacts.Part p = surface.paths.get(worst.getKey());
                    likely.add(new Driver(Driver.Part.LIKELIHOOD, p.questionId(), p.answer(),
                            "write path into the " + worst.getKey().title() + " " + fmt(p.value())));
                    for (RunFacts.Part f : surface.pathFactors.getOrDefault(worst.getKey(), List.of())) {
                        likely.add(new Driver(Driver.Part.LIKELIHOOD, f.questionId(), f.answer(), "path " + times(f.value())));
                    }
                });
                surface.uptake.forEach(u -> likely.add(new Driver(Driver.Part.LIKELIHOOD, u.questionId(), u.answer(), "uptake " + times(u.value()))));
            } else {
                double q = RunFacts.product(surface.access.get(a));
                RunFacts.Part w = surface.whitebox.get(a);
                if (w != null && w.value() > 0 && w.value() >= q) {
                    likely.add(new Driver(Driver.Part.LIKELIHOOD, w.questionId(), w.answer(), "the model itself within reach " + times(w.value())));
                } else {
                    surface.access.getOrDefault(a, List.of()).forEach(p ->
                            likely.add(new Driver(Driver.Part.LIKELIHOOD, p.questionId(), p.answer(), "access " + times(p.value()))));
                }
            }
            surface.susceptibility.getOrDefault(a, List.of()).stream()
                    .sorted(Comparator.comparingDouble(RunFacts.Part::value).thenComparing(RunFacts.Part::questionId))
                    .forEach(p -> likely.add(new Driver(Driver.Part.LIKELIHOOD, p.questionId(), p.answer(), "susceptibility " + times(p.value()))));
            all.addAll(likely.subList(0, Math.min(3, likely.size())));
        }
        if (impact != null && impact.motive.containsKey(a) && impact.motive.get(a).value() < 1) {
            RunFacts.Part m = impact.motive.get(a);
            all.add(new Driver(Driver.Part.LIKELIHOOD, m.questionId(), m.answer(), "motive of those who would gain " + times(m.value())));
        }
        List<Driver> defences = new ArrayList<>();
        in.strengths().entrySet().stream()
                .filter(e -> e.getValue() > 0 && catalogue.control(e.getKey()).map(c -> c.weight(a) > 0).orElse(false))
                .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -catalogue.control(e.getKey()).get().weight(a) * e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(2)
                .forEach(e -> {
                    Control c = catalogue.control(e.getKey()).get();
                    String answer = in.controlAnswers().getOrDefault(e.getKey(), c.id());
                    defences.add(new Driver(Driver.Part.MITIGATION, c.id(), answer, "stops " + pct(c.weight(a) * e.getValue()) + "%"
                            + (c.kind() == ControlKind.ORGANISATIONAL ? ", organisational" : "")));
                });
        all.addAll(defences);
        return all;
    }

    private static ImpactLevel levelOf(double value) {
        for (ImpactLevel l : ImpactLevel.values()) {
            if (l.value() == value) {
                return l;
            }
        }
        return ImpactLevel.SEVERE;
    }

    private static Map<Attack, Map<Stage, Integer>> stages(List<Scored> scored) {
        Map<Attack, Map<Stage, Integer>> all = new EnumMap<>(Attack.class);
        for (Attack a : Attack.values()) {
            Map<Stage, Integer> perStage = new EnumMap<>(Stage.class);
            for (Stage st : Stage.values()) {
                double worst = 0;
                for (Scored s : scored) {
                    if (s.questionnaire().dimension() != Dimension.EXPOSURE) {
                        continue;
                    }
                    double v = RunFacts.of(s.questionnaire(), s.run().answers(), Optional.of(st)).likelihood(a);
                    worst = Math.max(worst, Double.isNaN(v) ? 0 : v);
                }
                perStage.put(st, pct(Math.sqrt(worst)));
            }
            all.put(a, perStage);
        }
        return all;
    }

    private static List<String> disagreements(List<Scored> scored, Catalogue catalogue) {
        List<String> found = new ArrayList<>();
        for (Attack a : Attack.values()) {
            spread(scored, Dimension.IMPACT, s -> s.facts().impact(a).orElse(ASSUMED_IMPACT).value())
                    .ifPresent(x -> found.add(disagree("impact of", a, x)));
            spread(scored, Dimension.EXPOSURE, s -> {
                double v = s.facts().likelihood(a);
                return Double.isNaN(v) ? 1 : v;
            }).ifPresent(x -> found.add(disagree("likelihood of", a, x)));
            spread(scored, Dimension.MITIGATION, s -> mitigation(a, s.facts().controls, catalogue))
                    .ifPresent(x -> found.add(disagree("defences against", a, x)));
        }
        return found;
    }

    private static Optional<double[]> spread(List<Scored> scored, Dimension d, java.util.function.ToDoubleFunction<Scored> value) {
        double[] values = scored.stream().filter(s -> s.questionnaire().dimension() == d).mapToDouble(value).toArray();
        if (values.length < 2) {
            return Optional.empty();
        }
        double low = java.util.Arrays.stream(values).min().orElse(0);
        double high = java.util.Arrays.stream(values).max().orElse(0);
        return high - low >= DISAGREEMENT ? Optional.of(new double[] {low, high}) : Optional.empty();
    }

    private static String disagree(String what, Attack a, double[] range) {
        return "Respondents disagree on the " + what + " " + a.title().toLowerCase(Locale.ROOT) + ": from " + pct(range[0])
                + " to " + pct(range[1]) + ". The higher risk is counted; talk it through.";
    }

    private static List<SectionMaturity> maturity(List<Scored> scored) {
        return SectionMaturity.weakest(scored.stream()
                .map(s -> new SectionMaturity.AnswerSet(s.questionnaire(), s.run().answers())).toList(), RiskModel::strength);
    }

    private static double strength(Option o) {
        return o.effects(Effect.Control.class).stream().mapToDouble(Effect.Control::strength).max().orElse(0);
    }

    private static List<String> versionNotes(Map<String, Questionnaire> byId, Map<String, Map<String, Integer>> versions) {
        List<String> notes = new ArrayList<>();
        versions.forEach((id, counts) -> {
            Questionnaire q = byId.get(id);
            counts.forEach((version, n) -> {
                String sets = n + " answer set" + (n == 1 ? "" : "s");
                if (version.equals(q.version())) {
                    notes.add(q.title() + " (" + id + "): " + sets + " given under version " + version + ".");
                } else {
                    notes.add(q.title() + " (" + id + "): " + sets + " given under version " + version
                            + ", scored under risk model " + VERSION + " by matching question and option ids;"
                            + " answers whose meaning changed since count as unanswered.");
                }
            });
        });
        return notes;
    }

    private static String assumption(Questionnaire q) {
        String what;
        if (q.dimension() == Dimension.IMPACT) {
            what = "impact is assumed " + ASSUMED_IMPACT.id() + " (" + pct(ASSUMED_IMPACT.value()) + ") for every attack";
        } else if (q.dimension() == Dimension.EXPOSURE) {
            what = "likelihood is assumed " + pct(ASSUMED_LIKELIHOOD) + " for every attack";
        } else {
            what = "no defences are assumed (mitigation 0)";
        }
        return q.title() + " (" + q.id() + ") has no completed answers yet, so " + what + ".";
    }

    static String times(double f) {
        return String.format(Locale.ROOT, "×%.2f", f);
    }

    private static String fmt(double f) {
        return String.format(Locale.ROOT, "%.2f", f);
    }

    static int pct(double fraction) {
        return (int) Math.round(100 * fraction);
    }

    private record Scored(Questionnaire questionnaire, CompletedRun run, RunFacts facts) {
    }
}
