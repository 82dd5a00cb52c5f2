package dev.mlsec.assessor.questions.lint;

import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;

/**
 * What linting found.
 *
 * @param questionnaires the definitions that could be read (problems may still be reported for them)
 * @param problems       everything to fix, in file order; empty when all is well
 */
public record LintResult(List<Questionnaire> questionnaires, List<LintProblem> problems) {

    public LintResult {
        questionnaires = List.copyOf(questionnaires);
        problems = List.copyOf(problems);
    }

    /** Whether no problem was found. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** The problems' messages, one per line, for a terminal. */
    public List<String> messages() {
        return problems.stream().map(LintProblem::message).toList();
    }
}
