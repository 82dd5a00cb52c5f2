package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Effect;
import dev.mlsec.assessor.questions.ImpactLevel;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.PoisoningPath;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Stage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * What one completed run of a questionnaire of typed effects says, combined per question the way the
 * risk model reads it: within a question the most exposed chosen option counts; across questions,
 * factors multiply and the worst path or white-box access counts. Pure.
 */
final class RunFacts {

    /** One answer's part in a factor: which question, which answer, what value. */
    record Part(String questionId, String answer, double value) {
    }

    /** Where no chosen answer names an attack in the question of who would gain: less likely, not impossible. */
    static final double MOTIVE_UNNAMED = 0.7;

    final Map<Attack, List<Part>> access = new EnumMap<>(Attack.class);
    final Map<Attack, Part> whitebox = new EnumMap<>(Attack.class);
    final Map<Attack, List<Part>> susceptibility = new EnumMap<>(Attack.class);
    final Map<PoisoningPath, Part> paths = new EnumMap<>(PoisoningPath.class);
    final Map<PoisoningPath, List<Part>> pathFactors = new EnumMap<>(PoisoningPath.class);
    final List<Part> uptake = new ArrayList<>();
    final Map<Attack, Part> motive = new EnumMap<>(Attack.class);
    final Map<Attack, Part> rated = new EnumMap<>(Attack.class);
    final Map<Attack, Part> raisedBy = new EnumMap<>(Attack.class);
    final Map<String, Double> controls = new TreeMap<>();
    final Map<String, String> controlAnswers = new TreeMap<>();
    final Set<String> gaps = new TreeSet<>();
    final Set<String> unticked = new TreeSet<>();
    boolean any;

    /** The facts of a run; with a stage, only its options of that stage count. */
    static RunFacts of(Questionnaire questionnaire, Answers answers, Optional<Stage> stage) {
        RunFacts f = new RunFacts();
        for (Question q : questionnaire.questions()) {
            List<Option> chosen = new ArrayList<>();
            for (String id : answers.chosen(q.id())) {
                q.option(id).filter(o -> stage.isEmpty() || o.stage().equals(stage)).ifPresent(chosen::add);
            }
            if (chosen.isEmpty()) {
                continue;
            }
            f.any = true;
            f.read(q, chosen);
        }
        return f;
    }

    private void read(Question q, List<Option> chosen) {
        for (Attack a : Attack.values()) {
            worst(q, chosen, o -> factor(o, Effect.Access.class, a)).ifPresent(p -> access.computeIfAbsent(a, x -> new ArrayList<>()).add(p));
            worst(q, chosen, o -> factor(o, Effect.Susceptibility.class, a))
                    .ifPresent(p -> susceptibility.computeIfAbsent(a, x -> new ArrayList<>()).add(p));
            worst(q, chosen, o -> factor(o, Effect.WhiteBox.class, a)).ifPresent(p -> keepLarger(whitebox, a, p));
            Optional<Part> level = worst(q, chosen, o -> o.effects(Effect.Impact.class).stream()
                    .filter(i -> i.attack() == a).mapToDouble(i -> i.level().value()).max().orElse(Double.NaN));
            level.ifPresent(p -> keepLarger(rated, a, p));
            for (Option o : chosen) {
                if (!raisedBy.containsKey(a) && o.effects(Effect.Raises.class).stream().anyMatch(r -> r.attacks().contains(a))) {
                    raisedBy.put(a, new Part(q.id(), o.label(), 1));
                }
            }
        }
        boolean motiveQuestion = q.options().stream().anyMatch(o -> !o.effects(Effect.Motive.class).isEmpty());
        if (motiveQuestion) {
            for (Attack a : Attack.values()) {
                Part p = worst(q, chosen, o -> factor(o, Effect.Motive.class, a))
                        .orElse(new Part(q.id(), chosen.get(0).label(), MOTIVE_UNNAMED));
                keepLarger(motive, a, p);
            }
        }
        for (PoisoningPath path : PoisoningPath.values()) {
            worst(q, chosen, o -> o.effects(Effect.Path.class).stream().filter(e -> e.path() == path)
                    .mapToDouble(Effect.Path::strength).max().orElse(Double.NaN)).ifPresent(p -> keepLarger(paths, path, p));
            worst(q, chosen, o -> o.effects(Effect.PathFactor.class).stream().filter(e -> e.path() == path)
                    .mapToDouble(Effect.PathFactor::factor).max().orElse(Double.NaN))
                    .ifPresent(p -> pathFactors.computeIfAbsent(path, x -> new ArrayList<>()).add(p));
        }
        worst(q, chosen, o -> o.effects(Effect.Uptake.class).stream().mapToDouble(Effect.Uptake::factor).max()
                .orElse(Double.NaN)).ifPresent(uptake::add);
        for (Option o : chosen) {
            for (Effect.Control c : o.effects(Effect.Control.class)) {
                if (c.strength() > controls.getOrDefault(c.id(), -1.0)) {
                    controls.put(c.id(), c.strength());
                    controlAnswers.put(c.id(), o.label());
                }
            }
            o.effects(Effect.Gap.class).forEach(g -> gaps.add(g.id()));
        }
        if (q.kind() instanceof QuestionKind.MultipleChoice) {
            for (Option o : q.options()) {
                if (!chosen.contains(o)) {
                    o.effects(Effect.Control.class).forEach(c -> unticked.add(c.id()));
                }
            }
        }
    }

    private static <E extends Effect> double factor(Option o, Class<E> kind, Attack a) {
        double best = Double.NaN;
        for (E e : o.effects(kind)) {
            double v;
            Attack of;
            if (e instanceof Effect.Access x) {
                v = x.factor();
                of = x.attack();
            } else if (e instanceof Effect.Susceptibility x) {
                v = x.factor();
                of = x.attack();
            } else if (e instanceof Effect.WhiteBox x) {
                v = x.factor();
                of = x.attack();
            } else if (e instanceof Effect.Motive x) {
                v = x.factor();
                of = x.attack();
            } else {
                continue;
            }
            if (of == a && (Double.isNaN(best) || v > best)) {
                best = v;
            }
        }
        return best;
    }

    /** The chosen option with the largest value, if any chosen option has one (NaN = none). */
    private static Optional<Part> worst(Question q, List<Option> chosen, ToDoubleFunction<Option> value) {
        Part best = null;
        for (Option o : chosen) {
            double v = value.applyAsDouble(o);
            if (!Double.isNaN(v) && (best == null || v > best.value())) {
                best = new Part(q.id(), o.label(), v);
            }
        }
        return Optional.ofNullable(best);
    }

    private static <K> void keepLarger(Map<K, Part> map, K key, Part p) {
        Part old = map.get(key);
        if (old == null || p.value() > old.value()) {
            map.put(key, p);
        }
    }

    static double product(List<Part> parts) {
        double p = 1;
        for (Part part : parts == null ? List.<Part>of() : parts) {
            p *= part.value();
        }
        return p;
    }

    /** The respondent's level for one attack, raised one level by context (never from negligible); empty when not rated. */
    Optional<ImpactLevel> impact(Attack a) {
        Part r = rated.get(a);
        if (r == null) {
            return Optional.empty();
        }
        ImpactLevel level = java.util.Arrays.stream(ImpactLevel.values()).filter(l -> l.value() == r.value()).findFirst()
                .orElse(ImpactLevel.SEVERE);
        return Optional.of(raisedBy.containsKey(a) && level != ImpactLevel.NEGLIGIBLE ? level.raised() : level);
    }

    /** The worst write path for poisoning, with its checks applied: path and value; empty when no path was answered. */
    Optional<Map.Entry<PoisoningPath, Double>> worstPath() {
        Map.Entry<PoisoningPath, Double> worst = null;
        for (PoisoningPath p : PoisoningPath.values()) {
            Part strength = paths.get(p);
            if (strength == null) {
                continue;
            }
            double v = strength.value() * product(pathFactors.get(p));
            if (worst == null || v > worst.getValue()) {
                worst = Map.entry(p, v);
            }
        }
        return Optional.ofNullable(worst);
    }

    /** Likelihood without motive: access × susceptibility, or worst path × uptake × susceptibility for poisoning; NaN when nothing bears on it. */
    double likelihood(Attack a) {
        double s = product(susceptibility.get(a));
        if (a == Attack.POISONING) {
            Optional<Map.Entry<PoisoningPath, Double>> path = worstPath();
            boolean modifiers = susceptibility.containsKey(a) || !uptake.isEmpty();
            if (path.isEmpty() && !modifiers) {
                return Double.NaN;
            }
            return path.map(Map.Entry::getValue).orElse(1.0) * product(uptake) * s;
        }
        boolean reach = access.containsKey(a) || whitebox.containsKey(a);
        if (!reach && !susceptibility.containsKey(a)) {
            return Double.NaN;
        }
        double q = product(access.get(a));
        double w = whitebox.containsKey(a) ? whitebox.get(a).value() : 0;
        return (reach ? Math.max(access.containsKey(a) ? q : 0, w) : 1) * s;
    }

    /** How motivated attackers are, 1 when the question was not answered. */
    double motive(Attack a) {
        Part p = motive.get(a);
        return p == null ? 1 : p.value();
    }
}
