package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.lead.RootView;
import dev.mlsec.assessor.core.remind.ThreadPosts;
import dev.mlsec.assessor.core.remind.ThreadReminder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.internal.requests.RestActionImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread reminders on Discord: a reply to the assessment's message in its channel (or thread), sent
 * through JDA's requester by the channel's id, so no cached channel is needed. The core's sentence
 * and a button per questionnaire; no mention is allowed, so nobody is pinged.
 */
public final class DiscordThreadPosts implements ThreadPosts {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordThreadPosts.class);
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");
    private static final int MAX_BUTTONS = 5;

    private final JDA jda;

    public DiscordThreadPosts(JDA jda) {
        this.jda = jda;
    }

    @Override
    public boolean post(RootLocation where, ThreadReminder reminder) {
        String[] ids = where.where().split("/", -1);
        if (where.platform() != Platform.DISCORD || ids.length != 2 || !SNOWFLAKE.matcher(ids[0]).matches()
                || !SNOWFLAKE.matcher(ids[1]).matches()) {
            return false;
        }
        DataObject body = render(reminder).toData()
                .put("message_reference", DataObject.empty().put("message_id", ids[1]).put("fail_if_not_exists", false))
                .put("allowed_mentions", DataObject.empty().put("parse", DataArray.empty()));
        try {
            new RestActionImpl<Void>(jda, Route.Messages.SEND_MESSAGE.compile(ids[0]), body).complete();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("a thread reminder could not be posted ({}); it is tried again", e.getClass().getSimpleName());
            return false;
        }
    }

    /** The reminder as posted: the sentence and the buttons to answer. */
    static MessageCreateData render(ThreadReminder reminder) {
        RootView view = reminder.root();
        List<Button> buttons = new ArrayList<>();
        for (RootView.Entry q : view.questionnaires().subList(0, Math.min(MAX_BUTTONS, view.questionnaires().size()))) {
            buttons.add(Button.primary(CustomIds.of(CustomIds.START, view.code(), q.questionnaireId()),
                    ReplyMessages.clip(q.button(), ReplyMessages.MAX_LABEL)));
        }
        return new MessageCreateBuilder()
                .setContent(ReplyMessages.clip("\uD83D\uDD14 " + reminder.text(), ReplyMessages.MAX_CONTENT))
                .setComponents(ActionRow.of(buttons)).setAllowedMentions(List.of()).build();
    }
}
