package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.catalogue.Catalogue;
import dev.mlsec.assessor.questions.catalogue.Control;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A respondent's personal summary under the risk model 2.0.0: what their one questionnaire says per
 * attack (impact, likelihood without motive, or mitigation), and the missing controls their answers
 * point to, strongest first, ties by id. Pure.
 */
public final class ModelSummary {

    private ModelSummary() {
    }

    public static PersonalSummary summarise(Questionnaire questionnaire, Answers answers, Catalogue catalogue) {
        RunFacts facts = RunFacts.of(questionnaire, answers, Optional.empty());
        Map<Attack, Integer> scores = new EnumMap<>(Attack.class);
        for (Attack a : Attack.values()) {
            double v;
            if (questionnaire.dimension() == Dimension.IMPACT) {
                v = facts.impact(a).orElse(RiskModel.ASSUMED_IMPACT).value();
            } else if (questionnaire.dimension() == Dimension.EXPOSURE) {
                double l = facts.likelihood(a);
                v = Double.isNaN(l) ? 1 : Math.sqrt(l);
            } else {
                v = RiskModel.mitigation(a, facts.controls, catalogue);
            }
            scores.put(a, RiskModel.pct(v));
        }
        Set<String> candidates = new TreeSet<>(facts.gaps);
        candidates.addAll(facts.unticked);
        List<Control> missing = new ArrayList<>();
        for (String id : candidates) {
            catalogue.control(id).filter(c -> facts.controls.getOrDefault(id, 0.0) < 1)
                    .filter(c -> c.mitigates().values().stream().anyMatch(w -> w > 0)).ifPresent(missing::add);
        }
        missing.sort(Comparator.comparingDouble((Control c) -> -c.mitigates().values().stream().mapToDouble(Double::doubleValue).max().orElse(0))
                .thenComparing(Control::id));
        int answered = 0;
        int dontKnow = 0;
        for (Question q : questionnaire.questions()) {
            if (!answers.hasAnswered(q.id())) {
                continue;
            }
            answered++;
            for (String id : answers.chosen(q.id())) {
                if (q.option(id).map(Option::dontKnow).orElse(false)) {
                    dontKnow++;
                }
            }
        }
        return new PersonalSummary(questionnaire.id(), questionnaire.title(), questionnaire.dimension(), scores,
                missing.stream().map(Control::recommendation).toList(), answered, dontKnow);
    }
}
