package dev.mlsec.assessor.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.bolt.util.Responder;
import com.slack.api.model.block.element.ButtonElement;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.remind.DirectMessage;
import dev.mlsec.assessor.core.remind.DirectMessages;
import dev.mlsec.assessor.core.remind.RemindMeDesk;
import dev.mlsec.assessor.core.view.ChannelWords;
import dev.mlsec.assessor.core.view.RemindMe;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Remind me" in Slack: a press goes to the core's {@link RemindMeDesk}, whose sentence is shown
 * below the paused message; a due reminder is one message in the person's DM with the bot
 * ({@code conversations.open}, then {@code chat.postMessage}), with a button that resumes the run.
 */
final class SlackReminders implements DirectMessages {

    private static final Logger LOG = LoggerFactory.getLogger(SlackReminders.class);

    private final Optional<RemindMeDesk> desk;
    private final SlackWeb web;

    SlackReminders(Optional<RemindMeDesk> desk, SlackWeb web) {
        this.desk = desk;
        this.web = web;
    }

    void press(ActionRoute route, Respondent who, Responder responder) throws IOException {
        Optional<RemindMe> when = RemindMe.ofCode(route.id(1));
        String answer = desk.isEmpty() || when.isEmpty() ? ChannelWords.UNKNOWN_CONTROL
                : desk.get().remind(who, route.id(0), when.get());
        SlackWeb.respond(responder, ReplyRenderer.line(answer), false);
    }

    @Override
    public boolean send(Respondent to, DirectMessage message) {
        if (to.platform() != Platform.SLACK) {
            return false;
        }
        SlackMessage dm = new SlackMessage(message.text(), List.of(
                section(s -> s.text(markdownText(Limits.clip(message.text(), Limits.SECTION_TEXT)))),
                actions(a -> a.elements(List.of(ButtonElement.builder().text(plainText(Limits.clip(message.button(), Limits.BUTTON_TEXT)))
                        .style("primary").actionId(ActionRoute.of(ActionRoute.Kind.SHOW, message.runId()).actionId())
                        .value("show").build())))));
        try {
            return web.post(web.openDm(to.user()), Optional.empty(), dm).isPresent();
        } catch (IOException e) {
            LOG.warn("a reminder's direct message could not be sent ({}); it is tried again", e.getClass().getSimpleName());
            return false;
        }
    }
}
