package dev.mlsec.assessor.core.run;

import java.util.Map;
import java.util.Objects;

/**
 * The aggregated answer counters of one questionnaire version: how many completed runs chose each
 * option. Updated exactly once per completed run, so trends never read a run.
 *
 * @param questionnaireId which questionnaire
 * @param version         which version
 * @param hash            its definition hash
 * @param completed       how many completed runs are counted
 * @param chosen          question id to option id to how many runs chose it
 * @param answered        question id to how many runs answered it (skipped and not shown are not counted)
 */
public record OptionCounts(String questionnaireId, String version, String hash, long completed,
                           Map<String, Map<String, Long>> chosen, Map<String, Long> answered) {

    public OptionCounts {
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(hash, "hash");
        chosen = Map.copyOf(chosen);
        answered = Map.copyOf(answered);
    }

    public long count(String questionId, String optionId) {
        return chosen.getOrDefault(questionId, Map.of()).getOrDefault(optionId, 0L);
    }
}
