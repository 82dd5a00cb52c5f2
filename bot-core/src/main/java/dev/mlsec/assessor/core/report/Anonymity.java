package dev.mlsec.assessor.core.report;

/**
 * k-anonymity: no breakdown (an answer distribution, a trend cell) is shown from fewer than k
 * completed runs; k is at least {@value #MIN_K}.
 */
public record Anonymity(int k) {

    public static final int MIN_K = 3;
    public static final int DEFAULT_K = 5;

    public Anonymity {
        if (k < MIN_K) {
            throw new IllegalArgumentException("k must be at least " + MIN_K + ", was " + k);
        }
    }

    public boolean allows(long runs) {
        return runs >= k;
    }

    /** "3 more completed answer sets are needed". */
    public String needed(long runs) {
        long more = Math.max(0, k - runs);
        return more + " more completed answer set" + (more == 1 ? " is" : "s are") + " needed before this is shown";
    }
}
