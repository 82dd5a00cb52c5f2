package dev.mlsec.assessor.core.trends;

import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.report.Anonymity;
import dev.mlsec.assessor.core.session.AnswerCounters;
import dev.mlsec.assessor.core.session.OptionCounts;
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
import org.bson.Document;

/**
 * Computes trends from the aggregated counters (one small document per questionnaire version) and
 * the bands recorded per assessment; it never reads a questionnaire run, so its cost does not grow
 * with the number of answers.
 */
public final class TrendsService {

    private final List<Questionnaire> questionnaires;
    private final AnswerCounters counters;
    private final Supplier<List<Document>> assessmentBands;
    private final Anonymity anonymity;

    public TrendsService(List<Questionnaire> questionnaires, AnswerCounters counters, AssessmentService assessments,
                         Anonymity anonymity) {
        this(questionnaires, counters, assessments::allBands, anonymity);
    }

    public TrendsService(List<Questionnaire> questionnaires, AnswerCounters counters,
                         Supplier<List<Document>> assessmentBands, Anonymity anonymity) {
        this.questionnaires = List.copyOf(questionnaires);
        this.counters = counters;
        this.assessmentBands = assessmentBands;
        this.anonymity = anonymity;
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
        List<Document> bands = assessmentBands.get();
        if (!anonymity.allows(bands.size())) {
            return new TrendsReport(anonymity.k(), trends, Optional.empty(), bands.size(),
                    "Band distribution: " + anonymity.needed(bands.size()).replace("completed answer set", "scored assessment") + ".");
        }
        Map<String, Map<String, Long>> perAttack = new LinkedHashMap<>();
        for (Attack a : Attack.values()) {
            Map<String, Long> count = new LinkedHashMap<>();
            for (dev.mlsec.assessor.core.scoring.Band b : dev.mlsec.assessor.core.scoring.Band.values()) {
                count.put(b.id(), 0L);
            }
            for (Document d : bands) {
                String band = d.getString(a.id());
                if (band != null) {
                    count.merge(band, 1L, Long::sum);
                }
            }
            perAttack.put(a.id(), count);
        }
        return new TrendsReport(anonymity.k(), trends, Optional.of(perAttack), bands.size(), "");
    }
}
