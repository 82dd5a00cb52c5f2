package dev.mlsec.assessor.core.run;

import java.util.List;

/** Read access to the aggregated answer counters. */
public interface AnswerCounters {

    /** The counters of every questionnaire version that has at least one completed run. */
    List<OptionCounts> all();
}
