package dev.mlsec.assessor.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Effect;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * What the risk model must do whatever the answers: use its whole range, never reward less defence or
 * more access, and never let one answer that only modifies a risk swing it wildly.
 */
class RiskScoringProperties {

    private static final List<Questionnaire> ALL = Personas.ALL;
    private static final Questionnaire RISK = ALL.get(0);
    private static final Questionnaire SURFACE = ALL.get(1);
    private static final Questionnaire SECURITY = ALL.get(2);

    private static RiskPicture score(Answers risk, Answers surface, Answers security) {
        return RiskScoring.score(ALL, List.of(run(RISK, risk), run(SURFACE, surface), run(SECURITY, security)));
    }

    private static CompletedRun run(Questionnaire q, Answers a) {
        return AnswerSets.run(q.id() + "-run", q, a);
    }

    static RiskPicture safest() {
        return score(AnswerSets.walkMany(RISK, AnswerSets::safest), AnswerSets.walkMany(SURFACE, AnswerSets::safest),
                AnswerSets.walkMany(SECURITY, AnswerSets::safest));
    }

    static RiskPicture riskiest() {
        return score(AnswerSets.walkMany(RISK, AnswerSets::riskiest), AnswerSets.walkMany(SURFACE, AnswerSets::riskiest),
                AnswerSets.walkMany(SECURITY, AnswerSets::riskiest));
    }

    @Test
    void the_safest_possible_answers_give_every_attack_the_low_band() {
        assertThat(safest().attacks()).allSatisfy(s -> assertThat(s.band()).isEqualTo(Band.LOW));
    }

    @Test
    void the_riskiest_possible_answers_give_every_attack_the_critical_band() {
        assertThat(riskiest().attacks()).allSatisfy(s -> assertThat(s.band()).isEqualTo(Band.CRITICAL));
    }

    @Test
    void every_attack_spans_at_least_sixty_points_between_the_safest_and_the_riskiest_answers() {
        RiskPicture low = safest();
        RiskPicture high = riskiest();
        for (Attack a : Attack.values()) {
            assertThat(high.score(a).residual() - low.score(a).residual()).as(a.id()).isGreaterThanOrEqualTo(60);
        }
    }

    /** A choice per question: a fraction along its options. */
    @Provide
    Arbitrary<List<Double>> picks() {
        return Arbitraries.doubles().between(0, 0.99).list().ofSize(30);
    }

    @Provide
    Arbitrary<Integer> question() {
        return Arbitraries.integers().between(0, 29);
    }

    /** Walks a questionnaire picking one option per question by the fractions; the chosen question's answer may be replaced. */
    private static Answers answers(Questionnaire q, List<Double> picks, int changed, Function<Question, List<Option>> change) {
        int[] i = {0};
        return AnswerSets.walkMany(q, question -> {
            int index = i[0]++;
            List<Option> options = question.options();
            List<Option> picked = List.of(options.get((int) (picks.get(index % picks.size()) * options.size())));
            if (index == changed && change != null) {
                List<Option> other = change.apply(question);
                return other == null ? picked : other;
            }
            return picked;
        });
    }

    private static List<Option> pickedAt(Questionnaire q, List<Double> picks, int index) {
        Question[] at = new Question[1];
        List<List<Option>> chosen = new ArrayList<>();
        answers(q, picks, index, question -> {
            at[0] = question;
            return null;
        });
        return at[0] == null ? List.of() : List.of(at[0].options().get((int) (picks.get(index % picks.size()) * at[0].options().size())));
    }

    private static double strength(Option o, String control) {
        return o.effects(Effect.Control.class).stream().filter(c -> c.id().equals(control)).mapToDouble(Effect.Control::strength)
                .max().orElse(0);
    }

    /** Whether {@code a} claims every control {@code b} claims, at least as strongly, and {@code a} is not "don't know". */
    private static boolean defendsAtLeastAsWell(Option a, Option b) {
        return !a.dontKnow() && b.effects(Effect.Control.class).stream().allMatch(c -> strength(a, c.id()) >= c.strength())
                && !a.effects(Effect.Control.class).isEmpty();
    }

    private static double access(Option o, Attack a, boolean white) {
        return o.effects().stream().mapToDouble(e -> !white && e instanceof Effect.Access x && x.attack() == a ? x.factor()
                : white && e instanceof Effect.WhiteBox x && x.attack() == a ? x.factor() : -1).max().orElse(-1);
    }

    /** Whether {@code a} gives at least the access {@code b} gives, for every attack, by queries and to the model itself. */
    private static boolean givesAtLeastTheAccessOf(Option a, Option b) {
        boolean bearsOnAccess = b.effects().stream().anyMatch(e -> e instanceof Effect.Access || e instanceof Effect.WhiteBox);
        if (!bearsOnAccess) {
            return false;
        }
        for (Attack attack : Attack.values()) {
            if (access(a, attack, false) < access(b, attack, false) || access(a, attack, true) < access(b, attack, true)) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 300)
    void more_of_a_defence_never_raises_any_risk(@ForAll("picks") List<Double> a, @ForAll("picks") List<Double> b,
                                                 @ForAll("picks") List<Double> c, @ForAll("question") int question) {
        Answers risk = answers(RISK, a, -1, null);
        Answers surface = answers(SURFACE, b, -1, null);
        Answers security = answers(SECURITY, c, -1, null);
        List<Option> before = pickedAt(SECURITY, c, question);
        Answers stronger = answers(SECURITY, c, question, q -> q.options().stream()
                .filter(o -> !before.isEmpty() && o != before.get(0) && defendsAtLeastAsWell(o, before.get(0)))
                .findFirst().map(List::of).orElse(null));
        if (!security.byQuestion().keySet().equals(stronger.byQuestion().keySet())) {
            return;
        }
        RiskPicture was = score(risk, surface, security);
        RiskPicture now = score(risk, surface, stronger);
        for (Attack attack : Attack.values()) {
            assertThat(now.score(attack).residual()).isLessThanOrEqualTo(was.score(attack).residual());
        }
    }

    @Property(tries = 300)
    void more_access_never_lowers_any_risk(@ForAll("picks") List<Double> a, @ForAll("picks") List<Double> b,
                                           @ForAll("picks") List<Double> c, @ForAll("question") int question) {
        Answers risk = answers(RISK, a, -1, null);
        Answers surface = answers(SURFACE, b, -1, null);
        Answers security = answers(SECURITY, c, -1, null);
        List<Option> before = pickedAt(SURFACE, b, question);
        Answers wider = answers(SURFACE, b, question, q -> q.options().stream()
                .filter(o -> !before.isEmpty() && o != before.get(0) && givesAtLeastTheAccessOf(o, before.get(0)))
                .findFirst().map(List::of).orElse(null));
        if (!surface.byQuestion().keySet().equals(wider.byQuestion().keySet())) {
            return;
        }
        RiskPicture was = score(risk, surface, security);
        RiskPicture now = score(risk, wider, security);
        for (Attack attack : Attack.values()) {
            assertThat(now.score(attack).residual()).isGreaterThanOrEqualTo(was.score(attack).residual());
        }
    }

    /**
     * The answers principles 1 and 2 make decisive (README, "How answers become a picture"): an
     * attack's own impact rating, who can send inputs and see outputs, and whether the model itself is
     * within reach, and each write path into training. Every other answer only modifies a risk.
     */
    static boolean decisive(Question q) {
        return q.options().stream().anyMatch(o -> o.effects().stream().anyMatch(e -> e instanceof Effect.Impact
                || e instanceof Effect.WhiteBox || e instanceof Effect.Path
                || (e instanceof Effect.Access && List.of("input-senders", "prediction-consumers").contains(q.id()))));
    }

    @Property(tries = 300)
    void no_single_answer_that_modifies_a_risk_moves_a_residual_by_more_than_forty(
            @ForAll("picks") List<Double> a, @ForAll("picks") List<Double> b, @ForAll("picks") List<Double> c,
            @ForAll("question") int question, @ForAll("questionnaire") int which, @ForAll("picks") List<Double> to) {
        Answers[] sets = {answers(RISK, a, -1, null), answers(SURFACE, b, -1, null), answers(SECURITY, c, -1, null)};
        List<List<Double>> picks = List.of(a, b, c);
        Questionnaire q = ALL.get(which);
        Answers changed = answers(q, picks.get(which), question, x -> decisive(x) ? null
                : List.of(x.options().get((int) (to.get(0) * x.options().size()))));
        if (!sets[which].byQuestion().keySet().equals(changed.byQuestion().keySet())) {
            return;
        }
        Answers[] after = sets.clone();
        after[which] = changed;
        RiskPicture was = score(sets[0], sets[1], sets[2]);
        RiskPicture now = score(after[0], after[1], after[2]);
        for (Attack attack : Attack.values()) {
            assertThat(Math.abs(now.score(attack).residual() - was.score(attack).residual())).as(attack.id()).isLessThanOrEqualTo(40);
        }
    }

    @Provide
    Arbitrary<Integer> questionnaire() {
        return Arbitraries.integers().between(0, 2);
    }
}
