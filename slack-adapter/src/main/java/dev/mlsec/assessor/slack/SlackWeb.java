package dev.mlsec.assessor.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.webhook.WebhookResponse;
import dev.mlsec.assessor.core.lead.ReportFile;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Web API calls and response_url posts the bot makes, each failing with an {@link IOException}. */
final class SlackWeb {

    private static final Logger LOG = LoggerFactory.getLogger(SlackWeb.class);

    /** Where a message was posted. */
    record Posted(String channel, String ts) {
    }

    private final MethodsClient methods;

    SlackWeb(MethodsClient methods) {
        this.methods = methods;
    }

    MethodsClient methods() {
        return methods;
    }

    /** Posts a message (in a thread when {@code threadTs} is given); empty with the error logged when Slack refuses. */
    Optional<Posted> post(String channel, Optional<String> threadTs, SlackMessage message) throws IOException {
        try {
            ChatPostMessageResponse posted = Backoff.call("chat.postMessage", () -> methods.chatPostMessage(r -> {
                r.channel(channel).text(message.text());
                if (!message.blocks().isEmpty()) {
                    r.blocks(message.blocks());
                }
                threadTs.ifPresent(r::threadTs);
                return r;
            }));
            if (!posted.isOk()) {
                LOG.warn("chat.postMessage was refused: {}", posted.getError());
                return Optional.empty();
            }
            return Optional.of(new Posted(posted.getChannel(), posted.getTs()));
        } catch (SlackApiException e) {
            throw new IOException(e);
        }
    }

    void update(String channel, String ts, String text) throws IOException {
        try {
            ChatUpdateResponse updated = Backoff.call("chat.update", () -> methods.chatUpdate(r -> r.channel(channel).ts(ts).text(text)));
            if (!updated.isOk()) {
                LOG.warn("chat.update was refused: {}", updated.getError());
            }
        } catch (SlackApiException e) {
            throw new IOException(e);
        }
    }

    /** The DM channel between the bot and the user. */
    String openDm(String user) throws IOException {
        try {
            ConversationsOpenResponse open = Backoff.call("conversations.open", () -> methods.conversationsOpen(r -> r.users(List.of(user))));
            if (!open.isOk()) {
                throw new IOException("conversations.open: " + open.getError());
            }
            return open.getChannel().getId();
        } catch (SlackApiException e) {
            throw new IOException(e);
        }
    }

    /** Uploads files with {@code files.uploadV2} (get an upload URL per file, POST the bytes, complete). */
    void upload(String channel, Optional<String> threadTs, List<ReportFile> files, String comment) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        List<FilesUploadV2Request.UploadFile> uploads = files.stream().map(f -> FilesUploadV2Request.UploadFile.builder()
                .fileData(f.bytes()).filename(f.filename()).title(f.title()).build()).toList();
        try {
            FilesUploadV2Response response = Backoff.call("files.uploadV2", () -> methods.filesUploadV2(r -> {
                r.channel(channel).uploadFiles(uploads).initialComment(comment).requestFileInfo(false);
                threadTs.ifPresent(r::threadTs);
                return r;
            }));
            if (!response.isOk()) {
                throw new IOException("files.uploadV2: " + response.getError());
            }
        } catch (SlackApiException e) {
            throw new IOException(e);
        }
    }

    /**
     * Sends an ephemeral message through an interaction's response_url, replacing the message the
     * interaction came from or adding a new one; false when Slack did not take it.
     */
    static boolean respond(Responder responder, SlackMessage message, boolean replace) throws IOException {
        WebhookResponse response = responder.send(ActionResponse.builder().responseType("ephemeral")
                .replaceOriginal(replace).text(message.text()).blocks(message.blocks()).build());
        boolean ok = response.getCode() != null && response.getCode() == 200;
        if (!ok) {
            LOG.warn("a response_url post was refused with HTTP {}", response.getCode());
        }
        return ok;
    }
}
