package dev.mlsec.assessor.slack;

import com.slack.api.bolt.util.Responder;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.view.ChannelWords;
import java.io.IOException;
import java.util.Optional;

/**
 * A respondent's step in Slack: one engine command, its reply drawn in place of the pressed message,
 * or in a DM with the bot where a message only they can see cannot be shown.
 */
final class RespondentSteps {

    private final Conversation conversation;
    private final SlackWeb web;

    RespondentSteps(Conversation conversation, SlackWeb web) {
        this.conversation = conversation;
        this.web = web;
    }

    void step(Command command, Respondent who, Delivery delivery, Responder responder) throws IOException {
        if (command instanceof Command.Start start) {
            Reply reply = conversation.handle(who, start);
            boolean fromOurEphemeral = delivery == Delivery.EPHEMERAL && start.assessmentCode().isEmpty();
            if (!SlackWeb.respond(responder, ReplyRenderer.render(reply, Delivery.EPHEMERAL), fromOurEphemeral)) {
                // ephemeral delivery is not possible here: continue in a DM
                postInDm(who, ReplyRenderer.render(reply, Delivery.DM));
            }
            return;
        }
        Reply reply = conversation.handle(who, command);
        SlackWeb.respond(responder, ReplyRenderer.render(reply, delivery), true);
    }

    /** Continues a run in a DM with the bot: the current question there, and this message says so. */
    void moveToDm(String runId, Respondent who, Delivery delivery, Responder responder) throws IOException {
        Reply reply = conversation.handle(who, new Command.Show(runId));
        if (reply instanceof Reply.Refused) {
            SlackWeb.respond(responder, ReplyRenderer.render(reply, delivery), true);
            return;
        }
        postInDm(who, ReplyRenderer.render(reply, Delivery.DM));
        SlackWeb.respond(responder, ReplyRenderer.line(":envelope: " + ChannelWords.MOVED_TO_DM), true);
    }

    private void postInDm(Respondent who, SlackMessage message) throws IOException {
        if (web.post(web.openDm(who.user()), Optional.empty(), message).isEmpty()) {
            throw new IOException("the DM could not be posted");
        }
    }
}
