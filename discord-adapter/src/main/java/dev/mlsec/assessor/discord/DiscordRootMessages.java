package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.lead.RootMessages;
import dev.mlsec.assessor.core.lead.RootView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redraws an assessment's message when the core says its status changed, with Discord's public
 * "edit message" call ({@code PATCH /channels/{channel}/messages/{message}}): the message was posted
 * as an interaction reply, so no cached channel is needed.
 */
final class DiscordRootMessages implements RootMessages {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordRootMessages.class);
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

    private final DiscordSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DiscordRootMessages(DiscordSettings settings) {
        this.settings = settings;
    }

    /** The place of a message, as kept in the assessment: {@code channel/message}. */
    static String where(String channelId, String messageId) {
        return channelId + "/" + messageId;
    }

    @Override
    public void statusChanged(RootLocation where, RootView view) {
        String[] ids = where.where().split("/", -1);
        if (ids.length != 2 || !SNOWFLAKE.matcher(ids[0]).matches() || !SNOWFLAKE.matcher(ids[1]).matches()) {
            return;
        }
        String body = MessageEditData.fromCreateData(RootMessage.render(view)).toData().toString();
        HttpRequest edit = HttpRequest.newBuilder(URI.create(settings.restUrl() + "channels/" + ids[0] + "/messages/" + ids[1]))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bot " + settings.token())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build();
        http.sendAsync(edit, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null || response.statusCode() / 100 != 2) {
                LOG.info("assessment message could not be updated ({})",
                        failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.statusCode());
            }
        });
    }

    /**
     * Posts the next round's message in the channel of the last one ({@code POST /channels/{channel}/messages}),
     * hands its place to the core, then replies to the last round's message with the note.
     */
    @Override
    public void roundOpened(RootLocation previous, RootView next, String note, Consumer<RootLocation> placed) {
        String[] ids = previous.where().split("/", -1);
        if (ids.length != 2 || !SNOWFLAKE.matcher(ids[0]).matches() || !SNOWFLAKE.matcher(ids[1]).matches()) {
            return;
        }
        String root = RootMessage.render(next).toData().toString();
        String reply = DataObject.empty().put("content", note)
                .put("message_reference", DataObject.empty().put("message_id", ids[1]))
                .put("allowed_mentions", DataObject.empty().put("parse", DataArray.empty())).toString();
        http.sendAsync(post(ids[0], root), HttpResponse.BodyHandlers.ofString()).thenCompose(response -> {
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            placed.accept(new RootLocation(previous.platform(), where(ids[0], DataObject.fromJson(response.body()).getString("id"))));
            return http.sendAsync(post(ids[0], reply), HttpResponse.BodyHandlers.discarding());
        }).whenComplete((response, failure) -> {
            if (failure != null) {
                LOG.info("the next round's message could not be posted ({})", failure.getClass().getSimpleName());
            }
        });
    }

    private HttpRequest post(String channelId, String body) {
        return HttpRequest.newBuilder(URI.create(settings.restUrl() + "channels/" + channelId + "/messages"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bot " + settings.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
