package dev.mlsec.assessor.benchmarks;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * Slack's side of the network edge for the load test, on loopback: the Web API answers every method
 * with {@code ok} (auth.test with a bot identity), and each response_url hands what the bot posted to
 * the respondent waiting for it. Kept minimal so it does not weigh on the figures.
 */
final class SlackEdge implements AutoCloseable {

    private final Tomcat tomcat;
    private final int port;
    private final Map<String, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();

    SlackEdge() throws Exception {
        Path base = Files.createTempDirectory("mlsec-bench-edge");
        tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        connector.setProperty("maxThreads", "16");
        tomcat.getService().addConnector(connector);
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", base.toString());
        Tomcat.addServlet(context, "edge", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                serve(req, resp);
            }
        });
        context.addServletMappingDecoded("/", "edge");
        tomcat.start();
        port = connector.getLocalPort();
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
        tomcat.stop();
        tomcat.destroy();
    }
}
