package dev.mlsec.assessor.questions.load;

/** A definition that cannot be read as a questionnaire; the message names the file, the place and the fix. */
public final class QuestionnaireFormatException extends RuntimeException {

    private final String source;
    private final String location;

    public QuestionnaireFormatException(String source, String location, String problem) {
        super(source + (location.isEmpty() ? "" : ": " + location) + ": " + problem);
        this.source = source;
        this.location = location;
    }

    /** The file (or resource) name. */
    public String source() {
        return source;
    }

    /** Where in the file, e.g. {@code question 'data-sources', option 'web'}; empty for the top level. */
    public String location() {
        return location;
    }
}
