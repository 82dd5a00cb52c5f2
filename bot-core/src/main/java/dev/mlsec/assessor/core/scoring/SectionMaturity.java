package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** How mature the defences of one section of the security questionnaire are, 0.0 (none) to 3.0 (established). */
public record SectionMaturity(String sectionId, String title, double level) {

    /** One completed answer set and the questionnaire it answers. */
    record AnswerSet(Questionnaire questionnaire, Answers answers) {
    }

    /**
     * Per section of the mitigation questionnaire: the mean, over answered questions, of how close the
     * chosen answer comes to the question's strongest defence, times three; the weakest answer set counts.
     *
     * @param defence how much an option defends, as its scoring model reads it (0 for no defence)
     */
    static List<SectionMaturity> weakest(List<AnswerSet> sets, ToDoubleFunction<Option> defence) {
        Map<String, Double> lowest = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (AnswerSet s : sets) {
            if (s.questionnaire().dimension() != Dimension.MITIGATION) {
                continue;
            }
            for (Section section : s.questionnaire().sections()) {
                double sum = 0;
                int answered = 0;
                for (Question q : section.questions()) {
                    if (!s.answers().hasAnswered(q.id())) {
                        continue;
                    }
                    answered++;
                    double best = 0;
                    for (String optionId : s.answers().chosen(q.id())) {
                        best = Math.max(best, q.option(optionId).map(defence::applyAsDouble).orElse(0.0));
                    }
                    double strongest = q.options().stream().mapToDouble(defence).max().orElse(0);
                    sum += strongest == 0 ? 0 : best / strongest;
                }
                titles.put(section.id(), section.title());
                lowest.merge(section.id(), answered == 0 ? 0 : 3 * sum / answered, Math::min);
            }
        }
        List<SectionMaturity> all = new ArrayList<>();
        lowest.forEach((id, level) -> all.add(new SectionMaturity(id, titles.get(id), Math.round(level * 10) / 10.0)));
        return all;
    }
}
