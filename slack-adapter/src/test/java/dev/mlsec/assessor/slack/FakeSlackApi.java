package dev.mlsec.assessor.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's Web API and response URLs on loopback: records every call and answers like Slack does, so the
 * real Bolt app and SDK client can be driven end to end.
 */
public final class FakeSlackApi implements AutoCloseable {

    /**
     * One recorded call: the API method (e.g. {@code chat.postMessage}), or {@code respond/<name>}, {@code upload/<id>};
     * {@code authorization} is the Authorization header sent, if any.
     */
    public record Call(String method, Map<String, String> params, String body, String authorization) {

        public String param(String name) {
            return params.get(name);
        }

        /** The body as JSON (response_url posts) or the named form field parsed as JSON (e.g. {@code blocks}). */
        public JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }

        public JsonArray blocks() {
            String blocks = params.containsKey("blocks") ? params.get("blocks") : null;
            if (blocks != null) {
                return JsonParser.parseString(blocks).getAsJsonArray();
            }
            JsonObject json = json();
            return json.has("blocks") ? json.getAsJsonArray("blocks") : new JsonArray();
        }

        /** Everything the message shows, for assertions on wording. */
        public String text() {
            return params.containsKey("text") ? params.get("text") + "\n" + blocksText() : body;
        }

        private String blocksText() {
            return params.containsKey("blocks") ? params.get("blocks") : "";
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Set<String>> groups = new ConcurrentHashMap<>();
    private final Set<String> refusedResponseUrls = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ts = new AtomicInteger(1000);
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

    public FakeSlackApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::serve);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The Web API base URL to give the bot. */
    public String apiUrl() {
        return baseUrl() + "api/";
    }

    /** A response_url for one interaction. */
    public String responseUrl(String name) {
        return baseUrl() + "respond/" + name;
    }

    private volatile String socketModeUrl;

    /** Makes {@code apps.connections.open} hand out this WebSocket URL, e.g. of a {@link FakeSocketModeServer}. */
    public void socketModeUrl(String url) {
        this.socketModeUrl = url;
    }

    /** Makes posts to this response_url fail, as when ephemeral delivery is not possible. */
    public void refuseResponseUrl(String name) {
        refusedResponseUrls.add(name);
    }

    /** The members {@code usergroups.users.list} reports for a group. */
    public void userGroup(String groupId, Set<String> members) {
        groups.put(groupId, Set.copyOf(members));
    }

    private final Map<String, java.util.concurrent.atomic.AtomicInteger> rateLimited = new java.util.concurrent.ConcurrentHashMap<>();

    /** Answers the next {@code times} calls of a Web API method with HTTP 429 and Retry-After: 1, as Slack does. */
    public void rateLimit(String method, int times) {
        rateLimited.put(method, new java.util.concurrent.atomic.AtomicInteger(times));
    }

    /** Calls of {@code method} are recorded but not answered until {@link #release()} (as a Web API that hangs). */
    public void hold(String method) {
        held.add(method);
    }

    /** Answers the held calls, and every later one at once. */
    public void release() {
        held.clear();
        released.countDown();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<Call> responses(String name) {
        return calls("respond/" + name);
    }

    /** Waits until at least {@code count} calls of the method were made (the bot works asynchronously). */
    public List<Call> await(String method, int count) {
        return await(method, count, Duration.ofSeconds(10));
    }

    /** Waits up to {@code within} until at least {@code count} calls of the method were made. */
    public List<Call> await(String method, int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            List<Call> found = calls(method);
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("expected " + count + " call(s) of " + method + " but got " + calls(method).size()
                + "; all calls: " + calls.stream().map(Call::method).toList());
    }

    public Call awaitResponse(String name, int count) {
        return await("respond/" + name, count).get(count - 1);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(1);
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String body = new String(raw, StandardCharsets.UTF_8);
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        Map<String, String> params = contentType.startsWith("application/x-www-form-urlencoded") ? form(body) : Map.of();
        if (exchange.getRequestURI().getQuery() != null) {
            params = new LinkedHashMap<>(params);
            params.putAll(form(exchange.getRequestURI().getRawQuery()));
        }
        if (path.startsWith("api/")) {
            String method = path.substring(4);
            calls.add(new Call(method, params, body, auth));
            if (held.contains(method)) {
                try {
                    released.await(2, java.util.concurrent.TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            java.util.concurrent.atomic.AtomicInteger limited = rateLimited.get(method);
            if (limited != null && limited.getAndDecrement() > 0) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                answer(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
                return;
            }
            answer(exchange, 200, api(method, params).toString());
        } else if (path.startsWith("respond/")) {
            calls.add(new Call(path, params, body, auth));
            boolean refused = refusedResponseUrls.contains(path.substring("respond/".length()));
            answer(exchange, refused ? 404 : 200, refused ? "expired_url" : "ok");
        } else if (path.startsWith("upload/")) {
            calls.add(new Call(path, Map.of("size", Integer.toString(raw.length)), body, auth));
            answer(exchange, 200, "OK - " + raw.length);
        } else {
            answer(exchange, 404, "not found");
        }
    }

    private JsonObject api(String method, Map<String, String> params) {
        JsonObject r = new JsonObject();
        r.addProperty("ok", true);
        switch (method) {
            case "auth.test":
                r.addProperty("url", "https://fake.slack.com/");
                r.addProperty("team", "Fake");
                r.addProperty("user", "mlsec");
                r.addProperty("team_id", "T0FAKE");
                r.addProperty("user_id", "UBOT");
                r.addProperty("bot_id", "BBOT");
                break;
            case "chat.postMessage":
            case "chat.update": {
                String stamp = method.equals("chat.update") ? params.get("ts") : nextTs();
                r.addProperty("channel", params.get("channel"));
                r.addProperty("ts", stamp);
                JsonObject message = new JsonObject();
                message.addProperty("text", params.getOrDefault("text", ""));
                message.addProperty("ts", stamp);
                r.add("message", message);
                break;
            }
            case "views.publish": {
                JsonObject view = new JsonObject();
                view.addProperty("id", "V" + ts.incrementAndGet());
                view.addProperty("type", "home");
                r.add("view", view);
                break;
            }
            case "chat.postEphemeral":
                r.addProperty("message_ts", nextTs());
                break;
            case "conversations.open": {
                JsonObject channel = new JsonObject();
                channel.addProperty("id", "D" + params.getOrDefault("users", "X"));
                r.add("channel", channel);
                break;
            }
            case "usergroups.users.list": {
                JsonArray users = new JsonArray();
                groups.getOrDefault(params.get("usergroup"), Set.of()).stream().sorted().forEach(users::add);
                r.add("users", users);
                break;
            }
            case "files.getUploadURLExternal": {
                String id = "F" + ts.incrementAndGet();
                r.addProperty("upload_url", baseUrl() + "upload/" + id);
                r.addProperty("file_id", id);
                break;
            }
            case "files.completeUploadExternal": {
                JsonArray files = JsonParser.parseString(params.getOrDefault("files", "[]")).getAsJsonArray();
                r.add("files", files);
                break;
            }
            case "apps.connections.open":
                if (socketModeUrl != null) {
                    r.addProperty("url", socketModeUrl);
                    break;
                }
                // no WebSocket server given: Socket Mode is refused as Slack refuses a revoked app token
                r.addProperty("ok", false);
                r.addProperty("error", "invalid_auth");
                break;
            default:
                r.addProperty("ok", false);
                r.addProperty("error", "unknown_method");
        }
        return r;
    }

    private String nextTs() {
        return "1700000000." + String.format("%06d", ts.incrementAndGet());
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** All recorded calls' methods, in order, for diagnostics. */
    public List<String> methods() {
        List<String> methods = new ArrayList<>();
        calls.forEach(c -> methods.add(c.method()));
        return methods;
    }
}
