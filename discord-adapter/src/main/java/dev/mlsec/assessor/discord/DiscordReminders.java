package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.remind.RemindMeDesk;
import dev.mlsec.assessor.core.view.ChannelWords;
import dev.mlsec.assessor.core.view.RemindMe;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * "Remind me" in Discord: the press goes to the core's {@link RemindMeDesk}, whose sentence is shown
 * to the presser alone; the Resume button of a reminder's direct message shows the run again, as the
 * person of the server they began it in.
 */
final class DiscordReminders {

    private final Optional<RemindMeDesk> desk;
    private final RespondentFlow respondents;

    DiscordReminders(Optional<RemindMeDesk> desk, RespondentFlow respondents) {
        this.desk = desk;
        this.respondents = respondents;
    }

    /** Whether this press is one of ours to answer. */
    static boolean handles(CustomIds.Parsed id) {
        return (CustomIds.REMIND.equals(id.kind()) || CustomIds.RESUME.equals(id.kind())) && id.has(2);
    }

    void press(ButtonInteractionEvent event, Respondent who, CustomIds.Parsed id) {
        List<String> parts = id.parts();
        if (CustomIds.RESUME.equals(id.kind())) {
            String guild = parts.get(1);
            Respondent owner = "-".equals(guild) ? who : new Respondent(Platform.DISCORD, guild, who.user());
            respondents.inPlace(event, owner, Optional.of(new Command.Show(parts.get(0))));
            return;
        }
        Optional<RemindMe> when = RemindMe.ofCode(parts.get(1));
        if (desk.isEmpty() || when.isEmpty()) {
            event.reply(ChannelWords.UNKNOWN_CONTROL).setEphemeral(true).queue();
            return;
        }
        event.deferReply(true).queue();
        String answer = desk.get().remind(who, parts.get(0), when.get());
        event.getHook().editOriginal(answer).setAllowedMentions(List.of()).queue();
    }
}
