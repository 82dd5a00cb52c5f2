package dev.mlsec.assessor.app.config;

/** A setting that cannot work, named with its environment variable and what is wrong with it. */
public final class InvalidSettingException extends RuntimeException {

    private final String property;
    private final String environmentVariable;

    public InvalidSettingException(String property, String environmentVariable, String problem) {
        super("Invalid setting " + environmentVariable + " (" + property + "): " + problem);
        this.property = property;
        this.environmentVariable = environmentVariable;
    }

    public String property() {
        return property;
    }

    public String environmentVariable() {
        return environmentVariable;
    }
}
