package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.lead.RootView;
import dev.mlsec.assessor.core.remind.ThreadPosts;
import dev.mlsec.assessor.core.remind.ThreadReminder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread reminders on Discord: a reply to the assessment's message in its channel (or thread), sent
 * with Discord's public "create message" call ({@code POST /channels/{channel}/messages}) by the
 * channel's id, so no cached channel is needed. The core's sentence
 * and a button per questionnaire; no mention is allowed, so nobody is pinged.
 */
public final class DiscordThreadPosts implements ThreadPosts {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordThreadPosts.class);
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");
    private static final int MAX_BUTTONS = 5;

    private final DiscordSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DiscordThreadPosts(DiscordSettings settings) {
        this.settings = settings;
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
        HttpRequest send = HttpRequest.newBuilder(URI.create(settings.restUrl() + "channels/" + ids[0] + "/messages"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bot " + settings.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            int status = http.send(send, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return true;
            }
            LOG.warn("a thread reminder could not be posted (HTTP {}); it is tried again", status);
            return false;
        } catch (IOException e) {
            LOG.warn("a thread reminder could not be posted ({}); it is tried again", e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
