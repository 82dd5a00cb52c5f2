package dev.mlsec.assessor.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode server on loopback: greets the bot's WebSocket connection with {@code hello},
 * sends it envelopes exactly as given (well formed or not) and records every message the bot sends
 * back (acknowledgements, with the payload a slash command answers with).
 */
public final class FakeSocketModeServer extends WebSocketServer implements AutoCloseable {

    private final CountDownLatch started = new CountDownLatch(1);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile WebSocket bot;
    private volatile CountDownLatch connected = new CountDownLatch(1);

    private FakeSocketModeServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    public static FakeSocketModeServer open() throws InterruptedException {
        FakeSocketModeServer server = new FakeSocketModeServer();
        server.start();
        if (!server.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake Socket Mode server did not start");
        }
        return server;
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/link";
    }

    /** Waits until the bot is connected and greeted. */
    public void awaitConnection() throws InterruptedException {
        awaitConnection(Duration.ofSeconds(10));
    }

    /** Waits until the bot is connected and greeted, up to {@code within}. */
    public void awaitConnection(Duration within) throws InterruptedException {
        if (!connected.await(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the bot did not connect over Socket Mode");
        }
    }

    /** Sends one raw text frame to the bot, as Slack would send an envelope. */
    public void send(String envelope) {
        WebSocket to = bot;
        if (to == null || !to.isOpen()) {
            throw new AssertionError("the bot is not connected");
        }
        to.send(envelope);
    }

    /** Everything the bot sent so far. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** The acknowledgement of an envelope, waiting up to ten seconds. */
    public JsonObject awaitAck(String envelopeId) {
        return ack(envelopeId, Duration.ofSeconds(10)).orElseThrow(
                () -> new AssertionError("no acknowledgement of " + envelopeId + "; got " + received));
    }

    /** The acknowledgement of an envelope, if it comes within the time given. */
    public Optional<JsonObject> ack(String envelopeId, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            for (String message : received) {
                JsonElement json = JsonParser.parseString(message);
                if (json.isJsonObject() && json.getAsJsonObject().has("envelope_id")
                        && envelopeId.equals(json.getAsJsonObject().get("envelope_id").getAsString())) {
                    return Optional.of(json.getAsJsonObject());
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        bot = conn;
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":3600},"
                + "\"connection_info\":{\"app_id\":\"A1\"}}");
        connected.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (conn == bot) {
            bot = null;
            connected = new CountDownLatch(1);
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a test sees a missing acknowledgement; nothing to add here
    }

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
