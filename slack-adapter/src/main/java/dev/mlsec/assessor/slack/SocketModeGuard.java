package dev.mlsec.assessor.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.listener.WebSocketMessageListener;
import com.slack.api.socket_mode.queue.SocketModeMessageQueue;
import com.slack.api.socket_mode.queue.impl.ConcurrentLinkedMessageQueue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks what arrives over a Socket Mode connection before the SDK and Bolt read it. An envelope
 * that is not JSON, names no envelope_id or carries no payload object is not acted on (one with an
 * envelope_id is acknowledged, so Slack does not send it again); and nothing the SDK or Bolt fails
 * on reaches the log as more than one plain line: never a stack trace, never an exception's message,
 * which may repeat the envelope and with it team and user ids.
 */
final class SocketModeGuard implements SocketModeMessageQueue {

    private static final Logger LOG = LoggerFactory.getLogger(SocketModeGuard.class);
    private static final Set<String> ENVELOPES = Set.of("slash_commands", "interactive", "events_api");

    private final SocketModeMessageQueue queue = new ConcurrentLinkedMessageQueue();
    private final SocketModeClient client;

    private SocketModeGuard(SocketModeClient client) {
        this.client = client;
    }

    /** Puts the guard in front of the client's message queue and around its message listeners (Bolt's). */
    static void install(SocketModeClient client) {
        SocketModeMessageQueue waiting = client.getMessageQueue();
        SocketModeGuard guard = new SocketModeGuard(client);
        client.setMessageQueue(guard);
        // what arrived before the guard was in place goes through it too
        for (String message = waiting.poll(); message != null; message = waiting.poll()) {
            guard.add(message);
        }
        List<WebSocketMessageListener> listeners = List.copyOf(client.getWebSocketMessageListeners());
        listeners.forEach(client::removeWebSocketMessageListener);
        listeners.forEach(listener -> client.addWebSocketMessageListener(message -> {
            try {
                listener.handle(message);
            } catch (RuntimeException | LinkageError failed) {
                LOG.warn("a Socket Mode envelope could not be handled");
            }
        }));
    }

    @Override
    public void add(String message) {
        Optional<String> refusal = refusal(message);
        if (refusal.isPresent()) {
            LOG.warn("ignored a Socket Mode message: {}", refusal.get());
            return;
        }
        queue.add(message);
    }

    @Override
    public String poll() {
        return queue.poll();
    }

    /** Why a message is not to be handed on; empty when it may be. */
    private Optional<String> refusal(String message) {
        JsonElement json;
        try {
            json = JsonParser.parseString(message);
        } catch (RuntimeException notJson) {
            return Optional.of("not JSON");
        }
        if (!json.isJsonObject()) {
            return Optional.of("not a JSON object");
        }
        JsonObject envelope = json.getAsJsonObject();
        String type = string(envelope.get("type"));
        if (type == null) {
            return Optional.of("no type");
        }
        if (!ENVELOPES.contains(type)) {
            return Optional.empty(); // hello, disconnect and the like are the SDK's
        }
        String id = string(envelope.get("envelope_id"));
        if (id == null || id.isBlank()) {
            return Optional.of("an envelope without an envelope_id");
        }
        JsonElement payload = envelope.get("payload");
        if (payload == null || !payload.isJsonObject()) {
            acknowledge(id);
            return Optional.of("an envelope without a payload object");
        }
        return Optional.empty();
    }

    private void acknowledge(String envelopeId) {
        JsonObject ack = new JsonObject();
        ack.addProperty("envelope_id", envelopeId);
        try {
            client.sendWebSocketMessage(ack.toString());
        } catch (RuntimeException closed) {
            LOG.warn("a Socket Mode envelope could not be acknowledged");
        }
    }

    private static String string(JsonElement e) {
        return e instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
    }
}
