package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.view.ChannelWords;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.callbacks.IDeferrableCallback;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A respondent's steps in Discord: one engine command per interaction, its reply drawn in place. */
final class RespondentFlow {

    private static final Logger LOG = LoggerFactory.getLogger(RespondentFlow.class);

    private final ConversationEngine engine;

    RespondentFlow(ConversationEngine engine) {
        this.engine = engine;
    }

    /**
     * Starting a questionnaire, of an assessment when a code is given. The engine accepts only a code
     * of the respondent's own server; in a DM, where no server is known, a code is refused (empty).
     */
    static Optional<Command.Start> start(boolean inServer, String questionnaire, Optional<String> code) {
        if (code.isPresent() && !inServer) {
            return Optional.empty();
        }
        return Optional.of(new Command.Start(questionnaire, code));
    }

    /** Answers a component in place: the message it sits on becomes the engine's reply. */
    void inPlace(ComponentInteraction event, Respondent who, Optional<Command> command) {
        if (command.isEmpty()) {
            event.reply(ChannelWords.UNKNOWN_CONTROL).setEphemeral(true).queue();
            return;
        }
        event.deferEdit().queue();
        show(event, who, command.get());
    }

    /** Runs a command and shows the reply in the (deferred) original; a failure says so plainly. */
    void show(IDeferrableCallback event, Respondent who, Command command) {
        try {
            Reply reply = engine.handle(who, command);
            event.getHook().editOriginal(MessageEditData.fromCreateData(ReplyMessages.render(reply))).queue();
        } catch (RuntimeException e) {
            LOG.warn("interaction failed: {}", e.getClass().getSimpleName());
            event.getHook().sendMessage(ChannelWords.FAILED).setEphemeral(true).queue();
        }
    }
}
