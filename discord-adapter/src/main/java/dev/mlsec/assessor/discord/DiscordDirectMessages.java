package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.remind.DirectMessage;
import dev.mlsec.assessor.core.remind.DirectMessages;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A reminder's direct message on Discord: the bot opens a private channel with the person and posts it there. */
final class DiscordDirectMessages implements DirectMessages {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordDirectMessages.class);

    private final JDA jda;

    DiscordDirectMessages(JDA jda) {
        this.jda = jda;
    }

    @Override
    public boolean send(Respondent to, DirectMessage message) {
        if (to.platform() != Platform.DISCORD) {
            return false;
        }
        String guild = to.space().startsWith("dm:") ? "-" : to.space();
        var data = new MessageCreateBuilder().setContent(ReplyMessages.clip(message.text(), ReplyMessages.MAX_CONTENT))
                .setComponents(ActionRow.of(Button.primary(CustomIds.of(CustomIds.RESUME, message.runId(), guild),
                        ReplyMessages.clip(message.button(), ReplyMessages.MAX_LABEL))))
                .setAllowedMentions(List.of()).build();
        try {
            jda.openPrivateChannelById(to.user()).flatMap(channel -> channel.sendMessage(data)).complete();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("a reminder's direct message could not be sent ({}); it is tried again", e.getClass().getSimpleName());
            return false;
        }
    }
}
