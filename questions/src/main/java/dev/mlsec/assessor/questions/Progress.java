package dev.mlsec.assessor.questions;

/**
 * Where a respondent stands. Branching changes how many questions remain, so the total is an
 * estimate unless nothing left to answer can still change it.
 *
 * @param position 1-based number of the current question among the questions shown so far
 * @param total    the number of questions the respondent will see, given the answers so far
 * @param exact    whether {@code total} can no longer change
 * @param answered how many questions have an answer (a skipped question counts)
 */
public record Progress(int position, int total, boolean exact, int answered) {

    /** "Question 7 of ~23" or "Question 7 of 23". */
    public String label() {
        return "Question " + position + " of " + (exact ? "" : "~") + total;
    }

    /** Whole percent of the questions answered, 0..100. */
    public int percent() {
        return total == 0 ? 100 : Math.min(100, (int) Math.round(100.0 * answered / total));
    }
}
