package dev.mlsec.assessor.core.assessment;

/** A refusal with a message meant for the person who asked, shown as it is by every channel. */
public final class AssessorException extends RuntimeException {

    /** Why. */
    public enum Problem {
        INVALID_NAME, UNKNOWN_CODE, NOT_ENOUGH_ANSWERS, INVALID_ARGUMENT
    }

    private final Problem problem;

    public AssessorException(Problem problem, String userMessage) {
        super(userMessage);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static AssessorException unknownCode() {
        return new AssessorException(Problem.UNKNOWN_CODE,
                "I don't know that assessment code here. Check the code (it looks like ABC-7K2QX); assessments are only visible in the workspace or server where they were created.");
    }
}
