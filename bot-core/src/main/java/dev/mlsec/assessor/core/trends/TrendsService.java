package dev.mlsec.assessor.core.trends;

import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.RiskBands;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.scoring.Band;
import dev.mlsec.assessor.core.report.Anonymity;
import dev.mlsec.assessor.core.run.AnswerCounters;
import dev.mlsec.assessor.core.run.OptionCounts;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Computes trends from the aggregated counters (one small document per questionnaire version) and
 * the bands recorded per assessment; it never reads a questionnaire run, so its cost does not grow
 * with the number of answers.
 */
public final class TrendsService {

    private final List<Questionnaire> questionnaires;
    private final AnswerCounters counters;
    private final Supplier<List<RiskBands>> assessmentBands;
    private final AssessmentService assessments;
    private final Anonymity anonymity;

    public TrendsService(List<Questionnaire> questionnaires, AnswerCounters counters, AssessmentService assessments,
                         Anonymity anonymity) {
        this.questionnaires = List.copyOf(questionnaires);
        this.counters = counters;
        this.assessments = assessments;
        this.assessmentBands = assessments::bands;
        this.anonymity = anonymity;
    }

    /**
     * What a lead of a space sees: the trends across everyone, and the band spread of their own space's
     * scored assessments, shown once at least k of them are scored.
     */
    public LeadTrends trendsFor(Space space) {
        return new LeadTrends(trends(), spread(assessments.bandsOf(space)));
    }

    public TrendsReport trends() {
        List<OptionCounts> all = counters.all();
        List<TrendsReport.QuestionnaireTrend> trends = new ArrayList<>();
        for (Questionnaire q : questionnaires) {
            long completed = 0;
            Map<String, Map<String, Long>> chosen = new LinkedHashMap<>();
            Map<String, Long> answered = new LinkedHashMap<>();
            java.util.SortedSet<String> versions = new java.util.TreeSet<>();
            for (OptionCounts c : all) {
                if (!c.questionnaireId().equals(q.id())) {
                    continue;
                }
                completed += c.completed();
                versions.add(c.version());
                c.chosen().forEach((question, options) -> options.forEach((option, n) ->
                        chosen.computeIfAbsent(question, x -> new LinkedHashMap<>()).merge(option, n, Long::sum)));
                c.answered().forEach((question, n) -> answered.merge(question, n, Long::sum));
            }
            List<TrendsReport.QuestionTrend> questions = new ArrayList<>();
            for (Question question : q.questions()) {
                long n = answered.getOrDefault(question.id(), 0L);
                if (!anonymity.allows(n)) {
                    questions.add(new TrendsReport.QuestionTrend(question.id(), question.text(), n, List.of(),
                            Optional.of(anonymity.needed(n))));
                    continue;
                }
                List<TrendsReport.OptionShare> shares = new ArrayList<>();
                for (Option o : question.options()) {
                    long c = chosen.getOrDefault(question.id(), Map.of()).getOrDefault(o.id(), 0L);
                    shares.add(new TrendsReport.OptionShare(o.id(), o.label(), c, (int) Math.round(100.0 * c / n)));
                }
                questions.add(new TrendsReport.QuestionTrend(question.id(), question.text(), n, shares, Optional.empty()));
            }
            trends.add(new TrendsReport.QuestionnaireTrend(q.id(), q.title(), completed, questions, List.copyOf(versions)));
        }
        BandSpread everyone = spread(assessmentBands.get());
        return new TrendsReport(anonymity.k(), trends, everyone.perAttack(), everyone.assessmentsScored(), everyone.withheld());
    }

    private BandSpread spread(List<RiskBands> bands) {
        if (!anonymity.allows(bands.size())) {
            return new BandSpread(bands.size(), Optional.empty(),
                    "Band distribution: " + anonymity.needed(bands.size()).replace("completed answer set", "scored assessment") + ".");
        }
        Map<String, Map<String, Long>> perAttack = new LinkedHashMap<>();
        for (Attack a : Attack.values()) {
            Map<String, Long> count = new LinkedHashMap<>();
            for (Band b : Band.values()) {
                count.put(b.id(), 0L);
            }
            for (RiskBands assessment : bands) {
                assessment.of(a).ifPresent(band -> count.merge(band.id(), 1L, Long::sum));
            }
            perAttack.put(a.id(), count);
        }
        return new BandSpread(bands.size(), Optional.of(perAttack), "");
    }
}
