package dev.mlsec.assessor.benchmarks;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slack's side of the network edge for the load test, on loopback: the Web API answers every method
 * with {@code ok} (auth.test with a bot identity), and each response_url hands what the bot posted to
 * the respondent waiting for it. Kept minimal so it does not weigh on the figures.
 */
final class SlackEdge implements AutoCloseable {

    private final LoopbackTomcat tomcat;
    private final int port;
    private final Map<String, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();

    SlackEdge() throws Exception {
        tomcat = new LoopbackTomcat("edge", Map.of("maxThreads", "16")).serve("/", "edge", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                serve(req, resp);
            }
        });
        port = tomcat.start();
    }

    String apiUrl() {
        return base() + "api/";
    }

    /** A fresh response_url; what the bot posts to it completes the returned future. */
    CompletableFuture<String> expect(String name) {
        CompletableFuture<String> posted = new CompletableFuture<>();
        waiting.put(name, posted);
        return posted;
    }

    String responseUrl(String name) {
        return base() + "respond/" + name;
    }

    private String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(1);
        String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (path.startsWith("respond/")) {
            CompletableFuture<String> posted = waiting.remove(path.substring("respond/".length()));
            if (posted != null) {
                posted.complete(body);
            }
            answer(resp, "ok");
        } else if (path.equals("api/auth.test")) {
            answer(resp, "{\"ok\":true,\"url\":\"https://bench.slack.com/\",\"team\":\"Bench\",\"user\":\"mlsec\","
                    + "\"team_id\":\"T0BENCH\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}");
        } else {
            answer(resp, "{\"ok\":true}");
        }
    }

    private static void answer(HttpServletResponse resp, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentType(body.startsWith("{") ? "application/json" : "text/plain");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    @Override
    public void close() throws Exception {
        tomcat.close();
    }
}
