package dev.mlsec.assessor.discord.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mlsec.assessor.discord.DiscordSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A small Discord on loopback for tests: the REST API on a JDK {@link HttpServer} that records every
 * request and answers like Discord, and the gateway on a WebSocket server that says HELLO, answers
 * IDENTIFY with READY, acknowledges heartbeats and dispatches the interactions a test sends.
 *
 * <pre>
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     DiscordBot bot = DiscordBot.start(discord.settings(), services, Duration.ofSeconds(10));
 *     Actor lead = FakeDiscord.guildUser("100000000000000001", "200000000000000001", FakeDiscord.MANAGE_SERVER);
 *     Interaction i = discord.slash(lead, "new", Map.of("name", "Fraud model"));
 *     DataObject shown = discord.awaitShown(i);          // the message the bot made of it
 *     discord.button(lead, discord.messageOf(i), "q:CODE:security");  // click one of its buttons
 * }
 * </pre>
 */
public final class FakeDiscord implements AutoCloseable {

    public static final String APPLICATION_ID = "900000000000000001";
    public static final String BOT_USER_ID = APPLICATION_ID;
    public static final String TOKEN = "fake-token";
    /** Permission bits: Manage Server (1 << 5), and plain members (send/view). */
    public static final long MANAGE_SERVER = 1L << 5;
    public static final long MEMBER = (1L << 10) | (1L << 11);
    public static final String CHANNEL_ID = "700000000000000001";

    private final AtomicLong ids = new AtomicLong();
    private final HttpServer http;
    private final Gateway gateway;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, DataObject> messages = new ConcurrentHashMap<>();
    /** interaction token to the id of its original response message. */
    private final Map<String, String> originals = new ConcurrentHashMap<>();
    private final Map<String, String> dmChannels = new ConcurrentHashMap<>();
    private final Map<String, Integer> interactionTypes = new ConcurrentHashMap<>();
    /** every interaction payload sent, by interaction id, so a test can deliver it again. */
    private final Map<String, DataObject> sent = new ConcurrentHashMap<>();
    /** interaction ids that have been answered once: Discord refuses a second response (40060). */
    private final java.util.Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<String, String> usernames = new ConcurrentHashMap<>();
    /** the interactions each user sent through the gateway, in order (replays are not new ones). */
    private final Map<String, List<Interaction>> sentBy = new ConcurrentHashMap<>();
    /** interaction ids whose callback was refused 10062: nothing more can follow for them. */
    private final java.util.Set<String> expired = ConcurrentHashMap.newKeySet();
    /** how many of the next interaction callbacks are answered 10062, as for an interaction that expired. */
    private final java.util.concurrent.atomic.AtomicInteger expiring = new java.util.concurrent.atomic.AtomicInteger();

    private FakeDiscord() throws IOException, InterruptedException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/v10/", this::rest);
        http.start();
        gateway = new Gateway();
        gateway.setReuseAddr(true);
        gateway.start();
        gateway.started.await();
    }

    public static FakeDiscord start() {
        try {
            return new FakeDiscord();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Settings that point the bot here. */
    public DiscordSettings settings() {
        return settings(Optional.empty());
    }

    public DiscordSettings settings(Optional<String> leadRoleId) {
        return new DiscordSettings(TOKEN, "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/",
                Optional.of(gatewayUrl()), Optional.empty(), leadRoleId);
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    // ---- who clicks ----

    /** Someone in a guild, with a permissions bitfield and roles. */
    public record Actor(String guildId, String userId, long permissions, List<String> roles) {
        public boolean inGuild() {
            return guildId != null;
        }
    }

    public static Actor guildUser(String guildId, String userId, long permissions, String... roles) {
        return new Actor(guildId, userId, permissions, List.of(roles));
    }

    public static Actor dmUser(String userId) {
        return new Actor(null, userId, 0, List.of());
    }

    /** An interaction sent to the bot: its id and token. */
    public record Interaction(String id, String token) {
    }

    // ---- interactions ----

    /** {@code /mlsec <sub> name:value ...} (string options, or booleans when the value is "true"/"false"). */
    public Interaction slash(Actor actor, String subcommand, Map<String, String> options) {
        DataArray opts = DataArray.empty();
        options.forEach((name, value) -> {
            boolean bool = value.equals("true") || value.equals("false");
            opts.add(DataObject.empty().put("name", name).put("type", bool ? 5 : 3).put("value", bool ? Boolean.valueOf(value) : value));
        });
        DataObject data = DataObject.empty().put("id", "800000000000000001").put("name", "mlsec").put("type", 1)
                .put("options", DataArray.empty().add(DataObject.empty().put("name", subcommand).put("type", 1).put("options", opts)));
        return dispatch(actor, 2, data, null);
    }

    /** Typing into the {@code code} option of {@code /mlsec <sub>}. */
    public Interaction autocomplete(Actor actor, String subcommand, String typed) {
        DataObject data = DataObject.empty().put("id", "800000000000000001").put("name", "mlsec").put("type", 1)
                .put("options", DataArray.empty().add(DataObject.empty().put("name", subcommand).put("type", 1)
                        .put("options", DataArray.empty().add(DataObject.empty().put("name", "code").put("type", 3)
                                .put("value", typed).put("focused", true)))));
        return dispatch(actor, 4, data, null);
    }

    /** {@code /mlsec <sub>} with options exactly as given (name, type, value), e.g. of a wrong type. */
    public Interaction slashWithOptions(Actor actor, String subcommand, DataArray options) {
        DataObject data = DataObject.empty().put("id", "800000000000000001").put("name", "mlsec").put("type", 1)
                .put("options", DataArray.empty().add(DataObject.empty().put("name", subcommand).put("type", 1).put("options", options)));
        return dispatch(actor, 2, data, null);
    }

    /** An interaction of any type with this {@code data}, as Discord would frame it for this actor. */
    public Interaction interaction(Actor actor, int type, DataObject data, String messageId) {
        return dispatch(actor, type, data, messageId);
    }

    /** Delivers an interaction again, same id and token, as a replayed gateway event would. */
    public void replay(Interaction interaction) {
        DataObject payload = sent.get(interaction.id());
        if (payload == null) {
            throw new IllegalArgumentException("no interaction " + interaction.id());
        }
        gateway.dispatch("INTERACTION_CREATE", DataObject.fromJson(payload.toString()));
    }

    /** Any gateway dispatch, however malformed its payload. */
    public void dispatchRaw(String eventType, DataObject payload) {
        gateway.dispatch(eventType, payload);
    }

    /** Every request the bot made about this interaction so far: its responses and their edits. */
    public List<RecordedRequest> requestsOf(Interaction interaction) {
        String webhook = "/webhooks/" + APPLICATION_ID + "/" + interaction.token();
        return requests.stream().filter(r -> r.path().startsWith("/interactions/" + interaction.id() + "/")
                || r.path().equals(webhook) || r.path().startsWith(webhook + "/")).toList();
    }

    /** A click on a button with this custom id, on the message with this id. */
    public Interaction button(Actor actor, String messageId, String customId) {
        DataObject data = DataObject.empty().put("custom_id", customId).put("component_type", 2);
        return dispatch(actor, 3, data, messageId);
    }

    /** Options chosen in a select menu. */
    public Interaction select(Actor actor, String messageId, String customId, List<String> values) {
        DataObject data = DataObject.empty().put("custom_id", customId).put("component_type", 3)
                .put("values", DataArray.fromCollection(values));
        return dispatch(actor, 3, data, messageId);
    }

    private Interaction dispatch(Actor actor, int type, DataObject data, String messageId) {
        DataObject interaction = framed(actor, type, data, messageId);
        Interaction sentNow = new Interaction(interaction.getString("id"), interaction.getString("token"));
        sentBy.computeIfAbsent(actor.userId(), u -> new CopyOnWriteArrayList<>()).add(sentNow);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return sentNow;
    }

    /**
     * The INTERACTION_CREATE payload Discord would send for this actor, not sent yet: a test may
     * take it apart and send what is left with {@link #dispatchRaw}.
     */
    public DataObject framed(Actor actor, int type, DataObject data, String messageId) {
        String id = nextId();
        String token = "tok" + id;
        DataObject user = user(actor.userId());
        String channelId = actor.inGuild() ? CHANNEL_ID : dmChannel(actor.userId());
        DataObject interaction = DataObject.empty().put("id", id).put("application_id", APPLICATION_ID)
                .put("type", type).put("token", token).put("version", 1).put("data", data)
                .put("channel_id", channelId).put("locale", "en-US").put("entitlements", DataArray.empty())
                .put("app_permissions", String.valueOf(MANAGE_SERVER | MEMBER | (1L << 14) | (1L << 15)));
        if (actor.inGuild()) {
            interaction.put("guild_id", actor.guildId()).put("guild_locale", "en-US")
                    .put("guild", DataObject.empty().put("id", actor.guildId()).put("locale", "en-US").put("features", DataArray.empty()))
                    .put("context", 0)
                    .put("authorizing_integration_owners", DataObject.empty().put("0", actor.guildId()))
                    .put("channel", DataObject.empty().put("id", channelId).put("type", 0).put("guild_id", actor.guildId())
                            .put("name", "general").put("position", 0).put("permission_overwrites", DataArray.empty())
                            .put("nsfw", false).put("flags", 0).put("permissions", String.valueOf(actor.permissions())))
                    .put("member", DataObject.empty().put("user", user).put("roles", DataArray.fromCollection(actor.roles()))
                            .put("permissions", String.valueOf(actor.permissions())).put("joined_at", "2026-01-01T00:00:00.000000+00:00")
                            .put("deaf", false).put("mute", false).put("flags", 0).put("pending", false));
        } else {
            interaction.put("user", user).put("context", 1)
                    .put("authorizing_integration_owners", DataObject.empty().put("0", "0"))
                    .put("channel", DataObject.empty().put("id", channelId).put("type", 1)
                            .put("recipients", DataArray.empty().add(user)).put("flags", 0));
        }
        if (messageId != null) {
            DataObject message = messages.get(messageId);
            if (message == null) {
                throw new IllegalArgumentException("no message " + messageId);
            }
            interaction.put("message", message);
            originals.put(token, messageId);
        }
        interactionTypes.put(id, type);
        sent.put(id, DataObject.fromJson(interaction.toString()));
        return interaction;
    }

    // ---- what the bot sent ----

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The first recorded request that matches, waiting up to ten seconds. */
    public RecordedRequest await(Predicate<RecordedRequest> match) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            for (RecordedRequest r : requests) {
                if (match.test(r)) {
                    return r;
                }
            }
            sleep();
        }
        throw new AssertionError("no such request; got:\n" + String.join("\n", requests.stream().map(Object::toString).toList()));
    }

    /**
     * Waits until the bot has answered every interaction this user sent so far: each has its callback,
     * and each it deferred has the edit or follow-up that fills it in (an expired one needs none).
     */
    public void awaitAnswered(Actor actor) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        List<Interaction> pending = unanswered(actor);
        while (!pending.isEmpty() && Instant.now().isBefore(until)) {
            sleep();
            pending = unanswered(actor);
        }
        if (!pending.isEmpty()) {
            throw new AssertionError("interactions not answered: " + pending + "; got:\n"
                    + String.join("\n", requests.stream().map(Object::toString).toList()));
        }
    }

    private List<Interaction> unanswered(Actor actor) {
        return sentBy.getOrDefault(actor.userId(), List.of()).stream().filter(i -> !answered(i)).toList();
    }

    private boolean answered(Interaction interaction) {
        if (expired.contains(interaction.id())) {
            return true;
        }
        String callback = "/interactions/" + interaction.id() + "/" + interaction.token() + "/callback";
        Optional<RecordedRequest> ack = requests.stream().filter(r -> r.is("POST", callback)).findFirst();
        if (ack.isEmpty()) {
            return false;
        }
        int type = ack.get().body().getInt("type", 0);
        if (type != 5 && type != 6) {
            return true;
        }
        String webhook = "/webhooks/" + APPLICATION_ID + "/" + interaction.token();
        return requests.stream().anyMatch(r -> r.is("PATCH", webhook + "/messages/@original") || (r.is("POST", webhook) && r.path().equals(webhook)));
    }

    /** The callback Discord received for an interaction. */
    public RecordedRequest callback(Interaction interaction) {
        return await(r -> r.is("POST", "/interactions/" + interaction.id() + "/" + interaction.token() + "/callback"));
    }

    /**
     * The message an interaction ended up showing, once the bot has filled it in: an immediate reply
     * or update, or the edit of the deferred original that followed.
     */
    public DataObject awaitShown(Interaction interaction) {
        RecordedRequest callback = callback(interaction);
        int type = callback.body().getInt("type");
        if (type == 4 || type == 7) {
            return callback.body().getObject("data");
        }
        if (type == 8) {
            return callback.body().getObject("data");
        }
        return await(r -> r.is("PATCH", "/webhooks/" + APPLICATION_ID + "/" + interaction.token() + "/messages/@original")).body();
    }

    /** Whether an interaction's response is visible only to the one who asked. */
    public boolean ephemeral(Interaction interaction) {
        DataObject body = callback(interaction).body();
        return (body.optObject("data").map(d -> d.getInt("flags", 0)).orElse(0) & 64) != 0;
    }

    /** The id of the message an interaction's response lives in (for clicking its components next). */
    public String messageOf(Interaction interaction) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            String id = originals.get(interaction.token());
            if (id != null) {
                return id;
            }
            sleep();
        }
        throw new AssertionError("no message for interaction " + interaction.id());
    }

    /** A message as the fake stores it now. */
    public DataObject message(String messageId) {
        return messages.get(messageId);
    }

    // ---- REST ----

    private static final Pattern CALLBACK = Pattern.compile("/interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern ORIGINAL = Pattern.compile("/webhooks/(\\d+)/([^/]+)/messages/@original");
    private static final Pattern FOLLOWUP = Pattern.compile("/webhooks/(\\d+)/([^/]+)");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("/channels/(\\d+)/messages/(\\d+)");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/channels/(\\d+)/messages");
    private static final Pattern COMMANDS = Pattern.compile("/applications/(\\d+)(/guilds/\\d+)?/commands");

    private void rest(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/api/v10".length());
            String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
            Multipart body = Multipart.parse(contentType, raw);
            String method = exchange.getRequestMethod();
            Object answer;
            try {
                answer = answer(method, path, query, body.json());
            } finally {
                requests.add(new RecordedRequest(method, path, query, body.json(), body.fileNames()));
            }
            if (answer instanceof Refusal refusal) {
                byte[] out = refusal.body().toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(refusal.status(), out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
                return;
            }
            if (answer == null) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            byte[] out = answer.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private Object answer(String method, String path, String query, String json) {
        DataObject body = json.startsWith("{") ? DataObject.fromJson(json) : DataObject.empty();
        if (path.equals("/users/@me") || path.startsWith("/users/@me?")) {
            return user(BOT_USER_ID).put("bot", true);
        }
        if (path.equals("/applications/@me") || path.equals("/oauth2/applications/@me")) {
            return DataObject.empty().put("id", APPLICATION_ID).put("name", "MLSec Assessor").put("description", "")
                    .put("bot_public", true).put("bot_require_code_grant", false).put("flags", 0)
                    .put("owner", user("1")).put("icon", null).put("verify_key", "k").put("team", null);
        }
        if (path.equals("/gateway/bot") || path.equals("/gateway")) {
            return DataObject.empty().put("url", gatewayUrl()).put("shards", 1)
                    .put("session_start_limit", DataObject.empty().put("total", 1000).put("remaining", 1000)
                            .put("reset_after", 0).put("max_concurrency", 1));
        }
        if (path.equals("/users/@me/channels")) {
            String userId = body.getString("recipient_id");
            return DataObject.empty().put("id", dmChannel(userId)).put("type", 1)
                    .put("recipients", DataArray.empty().add(user(userId)));
        }
        Matcher m = COMMANDS.matcher(path);
        if (m.matches() && method.equals("PUT")) {
            DataArray in = DataArray.fromJson(json);
            DataArray out = DataArray.empty();
            for (int i = 0; i < in.length(); i++) {
                out.add(in.getObject(i).put("id", "800000000000000001").put("application_id", APPLICATION_ID).put("version", "1"));
            }
            return out;
        }
        m = CALLBACK.matcher(path);
        if (m.matches()) {
            if (expiring.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                expired.add(m.group(1));
                return new Refusal(404, DataObject.empty().put("code", 10062).put("message", "Unknown interaction"));
            }
            if (!acknowledged.add(m.group(1))) {
                return new Refusal(400, DataObject.empty().put("code", 40060)
                        .put("message", "Interaction has already been acknowledged."));
            }
            String token = m.group(2);
            int type = body.getInt("type");
            if (type == 4 || type == 5) {
                String id = nextId();
                DataObject data = body.optObject("data").orElse(DataObject.empty());
                messages.put(id, message(id, CHANNEL_ID, data));
                originals.put(token, id);
            }
            if (type == 7) {
                String id = originals.get(token);
                messages.put(id, merge(messages.get(id), body.getObject("data")));
            }
            if (!query.contains("with_response=true")) {
                return null;
            }
            String messageId = originals.get(token);
            DataObject response = DataObject.empty().put("interaction", DataObject.empty().put("id", m.group(1))
                    .put("type", interactionTypes.getOrDefault(m.group(1), 2)).put("response_message_id", messageId)
                    .put("response_message_loading", type == 5).put("response_message_ephemeral",
                            (body.optObject("data").map(d -> d.getInt("flags", 0)).orElse(0) & 64) != 0));
            DataObject resource = DataObject.empty().put("type", type);
            if (messageId != null && type != 8) {
                resource.put("message", messages.get(messageId));
            }
            return response.put("resource", resource);
        }
        m = ORIGINAL.matcher(path);
        if (m.matches()) {
            String id = originals.get(m.group(2));
            if (id == null) {
                return null;
            }
            if (method.equals("PATCH")) {
                messages.put(id, merge(messages.get(id), body));
            }
            return messages.get(id);
        }
        m = FOLLOWUP.matcher(path);
        if (m.matches() && method.equals("POST")) {
            String id = nextId();
            DataObject message = message(id, CHANNEL_ID, body);
            messages.put(id, message);
            return message;
        }
        m = CHANNEL_MESSAGE.matcher(path);
        if (m.matches()) {
            DataObject existing = messages.get(m.group(2));
            if (existing == null) {
                return DataObject.empty().put("code", 10008).put("message", "Unknown Message");
            }
            if (method.equals("PATCH")) {
                messages.put(m.group(2), merge(existing, body));
            }
            return messages.get(m.group(2));
        }
        m = CHANNEL_MESSAGES.matcher(path);
        if (m.matches() && method.equals("POST")) {
            String id = nextId();
            DataObject message = message(id, m.group(1), body);
            messages.put(id, message);
            return message;
        }
        return DataObject.empty();
    }

    private DataObject message(String id, String channelId, DataObject data) {
        DataObject message = DataObject.empty().put("id", id).put("channel_id", channelId).put("type", 0)
                .put("author", user(BOT_USER_ID).put("bot", true)).put("timestamp", "2026-01-01T00:00:00.000000+00:00")
                .put("edited_timestamp", null).put("tts", false).put("mention_everyone", false)
                .put("mentions", DataArray.empty()).put("mention_roles", DataArray.empty())
                .put("attachments", DataArray.empty()).put("embeds", DataArray.empty())
                .put("components", DataArray.empty()).put("pinned", false).put("flags", 0).put("content", "")
                .put("application_id", APPLICATION_ID);
        return merge(message, data);
    }

    private static DataObject merge(DataObject message, DataObject data) {
        DataObject merged = DataObject.fromJson(message.toString());
        for (String key : List.of("content", "embeds", "components", "flags")) {
            if (data.hasKey(key) && !data.isNull(key)) {
                merged.put(key, data.get(key));
            }
        }
        DataArray embeds = merged.getArray("embeds");
        for (int i = 0; i < embeds.length(); i++) {
            if (!embeds.getObject(i).hasKey("type")) {
                embeds.getObject(i).put("type", "rich");
            }
        }
        return merged;
    }

    private String dmChannel(String userId) {
        return dmChannels.computeIfAbsent(userId, u -> nextId());
    }

    private DataObject user(String id) {
        String username = usernames.getOrDefault(id, "user" + id.substring(Math.max(0, id.length() - 4)));
        return DataObject.empty().put("id", id).put("username", username)
                .put("discriminator", "0").put("global_name", usernames.containsKey(id) ? username : null)
                .put("avatar", null).put("public_flags", 0);
    }

    /**
     * Answers the next {@code count} interaction callbacks with 10062 (Unknown interaction), as Discord
     * does when an acknowledgement comes after the interaction's three seconds.
     */
    public void expireCallbacks(int count) {
        expiring.set(count);
    }

    /** Gives a user this username and display name in every interaction they send from now on. */
    public void name(String userId, String username) {
        usernames.put(userId, username);
    }

    /** Snowflakes of now: JDA reads an interaction's age from its id. */
    private String nextId() {
        return String.valueOf(((System.currentTimeMillis() - 1420070400000L) << 22) | (ids.incrementAndGet() & 0x3FFFFF));
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- gateway ----

    private final class Gateway extends WebSocketServer {
        final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        private final AtomicLong sequence = new AtomicLong();
        private volatile WebSocket bot;

        Gateway() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send(DataObject.empty().put("op", 10).put("d", DataObject.empty().put("heartbeat_interval", 41250)).toString());
        }

        @Override
        public void onMessage(WebSocket conn, String text) {
            DataObject payload = DataObject.fromJson(text);
            int op = payload.getInt("op");
            if (op == 1) {
                conn.send(DataObject.empty().put("op", 11).toString());
            } else if (op == 2 || op == 6) {
                bot = conn;
                DataObject ready = DataObject.empty().put("v", 10).put("session_id", "session-1")
                        .put("resume_gateway_url", gatewayUrl()).put("user", user(BOT_USER_ID).put("bot", true))
                        .put("guilds", DataArray.empty()).put("private_channels", DataArray.empty())
                        .put("relationships", DataArray.empty()).put("presences", DataArray.empty())
                        .put("application", DataObject.empty().put("id", APPLICATION_ID).put("flags", 0));
                send("READY", ready);
            }
        }

        void dispatch(String type, DataObject data) {
            Instant until = Instant.now().plus(Duration.ofSeconds(10));
            while (bot == null && Instant.now().isBefore(until)) {
                sleep();
            }
            send(type, data);
        }

        private void send(String type, DataObject data) {
            bot.send(DataObject.empty().put("op", 0).put("t", type).put("s", sequence.incrementAndGet()).put("d", data).toString());
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    /** An error answer of the REST API: status and Discord's JSON error body. */
    private record Refusal(int status, DataObject body) {
    }

    /** Just enough multipart/form-data to find {@code payload_json} and the file names. */
    private record Multipart(String json, List<String> fileNames) {
        static Multipart parse(String contentType, byte[] raw) {
            String text = new String(raw, StandardCharsets.UTF_8);
            if (!contentType.startsWith("multipart/")) {
                return new Multipart(text, List.of());
            }
            String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
            String json = "";
            List<String> files = new ArrayList<>();
            String latin = new String(raw, StandardCharsets.ISO_8859_1);
            for (String part : latin.split(Pattern.quote(boundary))) {
                int headersEnd = part.indexOf("\r\n\r\n");
                if (headersEnd < 0) {
                    continue;
                }
                String headers = part.substring(0, headersEnd);
                Matcher file = Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
                if (file.find()) {
                    files.add(file.group(1));
                } else if (headers.contains("name=\"payload_json\"")) {
                    String value = part.substring(headersEnd + 4);
                    value = value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value;
                    json = new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                }
            }
            return new Multipart(json, List.copyOf(files));
        }
    }
}
