package dev.mlsec.assessor.app.cli;

/** Whether a chat platform is configured in the environment, before Spring starts. */
final class Platforms {

    private Platforms() {
    }

    static boolean anyConfigured() {
        return set("SLACK_BOT_TOKEN", "mlsec.slack.bot-token") || set("DISCORD_BOT_TOKEN", "mlsec.discord.bot-token");
    }

    private static boolean set(String env, String property) {
        String fromEnv = System.getenv(env);
        String fromProperty = System.getProperty(property);
        return (fromEnv != null && !fromEnv.isEmpty()) || (fromProperty != null && !fromProperty.isEmpty());
    }
}
