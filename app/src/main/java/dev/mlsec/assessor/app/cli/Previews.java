package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.discord.DiscordPreview;
import dev.mlsec.assessor.slack.SlackPreview;

/** The adapters' previews by platform name. */
final class Previews {

    private Previews() {
    }

    static String render(String channel, Questionnaire questionnaire) {
        if (channel.equals("slack")) {
            return SlackPreview.render(questionnaire);
        }
        return DiscordPreview.render(questionnaire);
    }
}
