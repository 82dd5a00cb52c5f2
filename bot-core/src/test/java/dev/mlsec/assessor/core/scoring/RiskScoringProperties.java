package dev.mlsec.assessor.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.session.CompletedRun;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the answers: an answer that defends at least as well against every attack never raises a
 * risk, and one that exposes at least as much to every attack never lowers one.
 */
class RiskScoringProperties {

    private static final List<Questionnaire> ALL = RiskScoringTest.ALL;

    /** A choice per question, as a fraction along the question's options ordered by weight. */
    @Provide
    Arbitrary<List<Double>> picks() {
        return Arbitraries.doubles().between(0, 0.99).list().ofSize(40);
    }

    private static Answers answers(Questionnaire q, List<Double> picks, int shift, int shiftedQuestion) {
        int[] i = {0};
        return AnswerSets.walk(q, question -> {
            int index = i[0]++;
            List<Option> ordered = ordered(question);
            Option picked = ordered.get((int) (picks.get(index % picks.size()) * ordered.size()));
            if (index == shiftedQuestion && shift > 0) {
                return ordered.stream().filter(o -> o != picked && dominates(o, picked)).findFirst().orElse(picked);
            }
            return picked;
        });
    }

    private static List<Option> ordered(Question q) {
        List<Option> options = new ArrayList<>(q.options());
        options.sort(Comparator.comparingDouble(AnswerSets::total));
        return options;
    }

    /** Whether {@code a} weighs at least as much as {@code b} on every attack, in the same dimension. */
    private static boolean dominates(Option a, Option b) {
        if (a.scoring().dimension() != b.scoring().dimension()) {
            return false;
        }
        for (Attack attack : Attack.values()) {
            if (a.scoring().weight(attack) < b.scoring().weight(attack)) {
                return false;
            }
        }
        return true;
    }

    private static RiskPicture score(Answers risk, Answers surface, Answers security) {
        return RiskScoring.score(ALL, List.of(run(ALL.get(0), risk), run(ALL.get(1), surface), run(ALL.get(2), security)));
    }

    private static CompletedRun run(Questionnaire q, Answers a) {
        return AnswerSets.run(q.id() + "-run", q, a);
    }

    @Property(tries = 200)
    void residual_risk_stays_within_zero_and_one_hundred(@ForAll("picks") List<Double> a, @ForAll("picks") List<Double> b,
                                                          @ForAll("picks") List<Double> c) {
        RiskPicture p = score(answers(ALL.get(0), a, 0, -1), answers(ALL.get(1), b, 0, -1), answers(ALL.get(2), c, 0, -1));
        assertThat(p.attacks()).allSatisfy(s -> assertThat(s.residual()).isBetween(0, 100));
    }

    @Property(tries = 200)
    void a_better_defended_answer_never_raises_any_risk(@ForAll("picks") List<Double> a, @ForAll("picks") List<Double> b,
                                                        @ForAll("picks") List<Double> c,
                                                        @ForAll("question") int question) {
        Answers risk = answers(ALL.get(0), a, 0, -1);
        Answers surface = answers(ALL.get(1), b, 0, -1);
        Answers security = answers(ALL.get(2), c, 0, -1);
        Answers stronger = answers(ALL.get(2), c, 1, question);
        if (branchesDiffer(ALL.get(2), security, stronger)) {
            return;
        }
        RiskPicture before = score(risk, surface, security);
        RiskPicture after = score(risk, surface, stronger);
        for (Attack attack : Attack.values()) {
            assertThat(after.score(attack).residual()).isLessThanOrEqualTo(before.score(attack).residual());
        }
    }

    @Property(tries = 200)
    void a_more_exposed_answer_never_lowers_any_risk(@ForAll("picks") List<Double> a, @ForAll("picks") List<Double> b,
                                                     @ForAll("picks") List<Double> c, @ForAll("question") int question) {
        Answers risk = answers(ALL.get(0), a, 0, -1);
        Answers surface = answers(ALL.get(1), b, 0, -1);
        Answers exposed = answers(ALL.get(1), b, 1, question);
        Answers security = answers(ALL.get(2), c, 0, -1);
        if (branchesDiffer(ALL.get(1), surface, exposed)) {
            return;
        }
        RiskPicture before = score(risk, surface, security);
        RiskPicture after = score(risk, exposed, security);
        for (Attack attack : Attack.values()) {
            assertThat(after.score(attack).residual()).isGreaterThanOrEqualTo(before.score(attack).residual());
        }
    }

    @Provide
    Arbitrary<Integer> question() {
        return Arbitraries.integers().between(0, 24);
    }

    /**
     * A changed answer may open or close a branch, which answers other questions; the properties
     * compare answer sets that differ in exactly one answer.
     */
    private static boolean branchesDiffer(Questionnaire q, Answers one, Answers other) {
        return !one.byQuestion().keySet().equals(other.byQuestion().keySet());
    }
}
