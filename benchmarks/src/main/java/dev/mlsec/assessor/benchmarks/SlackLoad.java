package dev.mlsec.assessor.benchmarks;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.util.Responder;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import dev.mlsec.assessor.slack.SlackBot;
import dev.mlsec.assessor.slack.SlackHttpEndpoint;
import dev.mlsec.assessor.slack.SlackPayloads;
import dev.mlsec.assessor.slack.SlackSettings;
import dev.mlsec.assessor.slack.SlackSigner;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The Slack HTTP endpoint under load: respondents on loopback, each answering the question of its own
 * live run through signed block actions, beside two Bolt apps served by the same embedded Tomcat
 * through the same servlet: a bare one whose handler only acknowledges, and a minimal correct peer
 * that acknowledges, stores the answer with one guarded {@code findOneAndUpdate} of a run-sized
 * document on the same store, and posts a fixed next message to the response_url.
 */
final class SlackLoad implements AutoCloseable {

    static final String SECRET = "bench-signing-secret";
    static final String TEAM = "T0BENCH";
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

    /** What one side of the comparison measured. */
    record Figures(Stats ack, Stats prompt, double perSecond, long requests, long errors) {
    }

    /** The peer's documents: one run-sized document per sender, beside the bot's sessions. */
    static final String PEER_COLLECTION = "peer_runs";

    private final SlackEdge edge;
    private final MongoCollection<Document> peerRuns;
    private final Document runSized;
    private final ExecutorService peerWorkers;
    private final SlackBot bot;
    private final LoopbackTomcat tomcat;
    private final int port;
    private final SlackSigner signer = new SlackSigner(SECRET);
    /** Numbers every request's trigger id and response_url, unique across the whole run as Slack's are. */
    private final AtomicInteger names = new AtomicInteger();
    /** The load generator's client: a connection per concurrent sender, kept alive, as Slack's senders do. */
    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(400, 5, TimeUnit.MINUTES))
            // a request is sent once: a silent resend would be a duplicate delivery, which the bot ignores
            .retryOnConnectionFailure(false)
            .callTimeout(Duration.ofSeconds(10)).build();

    SlackLoad(Core core) throws Exception {
        edge = new SlackEdge();
        SlackSettings settings = new SlackSettings("xoxb-bench", SECRET, Optional.empty(), edge.apiUrl(), Set.of());
        bot = new SlackBot(settings, core.engine::handle,
                core.desk, core.questionnaires);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(edge.apiUrl());
        App bare = new App(AppConfig.builder().slack(Slack.getInstance(config)).singleTeamBotToken("xoxb-bench")
                .signingSecret(SECRET).build());
        bare.blockAction(Pattern.compile(".*"), (req, ctx) -> ctx.ack());

        peerRuns = core.mongo.getCollection(PEER_COLLECTION);
        runSized = runSizedDocument(core);
        peerWorkers = workersLikeTheBots();
        Slack peerSlack = Slack.getInstance(config);
        App peer = new App(AppConfig.builder().slack(peerSlack).singleTeamBotToken("xoxb-bench")
                .signingSecret(SECRET).build());
        peer.blockAction(Pattern.compile(".*"), (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            long step = Long.parseLong(req.getPayload().getActions().get(0).getValue());
            Responder responder = new Responder(peerSlack, req.getPayload().getResponseUrl());
            Runnable work = () -> peerStep(user, step, responder);
            try {
                peerWorkers.execute(work);
            } catch (RejectedExecutionException full) {
                work.run();
            }
            return ctx.ack();
        });

        tomcat = new LoopbackTomcat("tomcat", Map.of("maxKeepAliveRequests", "-1"))
                .serve("/slack/events", "ours", new EndpointServlet(new SlackHttpEndpoint(bot)))
                .serve("/bare/events", "bare", new EndpointServlet(new SlackHttpEndpoint(bare)))
                .serve("/peer/events", "peer", new EndpointServlet(new SlackHttpEndpoint(peer)));
        port = tomcat.start();
    }

    /** Serves one endpoint: the raw body and headers in, the endpoint's result out. */
    static final class EndpointServlet extends HttpServlet {
        private final transient SlackHttpEndpoint endpoint;

        EndpointServlet(SlackHttpEndpoint endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String name : Collections.list(req.getHeaderNames())) {
                headers.put(name, Collections.list(req.getHeaders(name)));
            }
            String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String target = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            SlackHttpEndpoint.HttpResult result = endpoint.handle(req.getMethod(), target, headers, body);
            resp.setStatus(result.status());
            result.headers().forEach((name, values) -> values.forEach(v -> resp.addHeader(name, v)));
            resp.getOutputStream().write(result.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Respondents answer questions of their own live runs for a while; acknowledgements and next prompts timed. */
    /** How long a sender pauses before each request: from {@code min} to {@code max}, uniformly; zero for a flood. */
    record Think(Duration min, Duration max) {
        static final Think NONE = new Think(Duration.ZERO, Duration.ZERO);

        void pause() throws InterruptedException {
            long from = min.toMillis();
            long to = max.toMillis();
            if (to > 0) {
                Thread.sleep(from + java.util.concurrent.ThreadLocalRandom.current().nextLong(to - from + 1));
            }
        }
    }

    void respondents(int count, Duration duration, Think think, Recorder recorder) throws InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String user = "U0LOAD" + i;
            Thread t = new Thread(() -> respond(user, until, think, recorder, names), "respondent-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private void respond(String user, long until, Think think, Recorder recorder, AtomicInteger names) {
        String message = null;
        while (System.nanoTime() < until) {
            try {
                if (message == null) {
                    message = start(user, names);
                }
                Optional<SlackPayloads.Press> press;
                try {
                    press = firstAnswer(message);
                } catch (RuntimeException notJson) {
                    recorder.error("not a message: '" + message.substring(0, Math.min(80, message.length())) + "'");
                    message = null;
                    continue;
                }
                if (press.isEmpty()) {
                    if (!message.contains("done, thank you")) {
                        recorder.error("unexpected message: " + message.substring(0, Math.min(160, message.length())));
                    }
                    message = null;
                    continue;
                }
                think.pause();
                if (System.nanoTime() >= until) {
                    return;
                }
                String name = user + "-" + names.incrementAndGet();
                CompletableFuture<String> posted = edge.expect(name);
                JsonObject payload = SlackPayloads.actionPayload(TEAM, user, "C0LOAD", true, press.get().actionId(),
                        press.get().action(), press.get().stateValues(), "tr-" + name, edge.responseUrl(name));
                long t0 = System.nanoTime();
                int status = post("/slack/events", SlackPayloads.actionBody(payload));
                long ack = System.nanoTime() - t0;
                if (status != 200) {
                    recorder.error("HTTP " + status);
                    message = null;
                    continue;
                }
                message = posted.get(10, TimeUnit.SECONDS);
                recorder.record(ack, System.nanoTime() - t0);
                if (message.isEmpty()) {
                    recorder.error("posted an empty message after " + press.get().actionId().split("\\|")[1]);
                    message = null;
                }
            } catch (java.util.concurrent.TimeoutException e) {
                recorder.error("no next question within 10 s");
                message = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                recorder.error(e.getClass().getSimpleName() + (e instanceof IllegalStateException ? ": " + e.getMessage() : ""));
                message = null;
            }
        }
    }

    /** Starts a run with {@code /mlsec start}; its first question comes back in the acknowledgement. */
    private String start(String user, AtomicInteger names) throws Exception {
        String name = user + "-" + names.incrementAndGet();
        String body = SlackPayloads.commandBody(TEAM, user, "C0LOAD", "start security", "tr-" + name, edge.responseUrl(name));
        try (Response response = send("/slack/events", body)) {
            if (response.code() != 200) {
                throw new IllegalStateException("start refused: HTTP " + response.code());
            }
            String ack = response.body().string();
            if (ack.isEmpty()) {
                throw new IllegalStateException("start acknowledged with an empty body");
            }
            return ack;
        }
    }

    /** The bare Bolt app, acknowledging block actions for a while, with as many concurrent senders. */
    void bareBolt(int count, Duration duration, Think think, Recorder recorder) throws InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String user = "U0BARE" + i;
            Thread t = new Thread(() -> {
                while (System.nanoTime() < until) {
                    String name = user + "-" + names.incrementAndGet();
                    JsonObject payload = SlackPayloads.actionPayload(TEAM, user, "C0LOAD", true, "mlsec|a|s|q|o",
                            SlackPayloads.obj("type", "button", "value", "o"), null, "tr-" + name, edge.responseUrl(name));
                    try {
                        think.pause();
                        long t0 = System.nanoTime();
                        int status = post("/bare/events", SlackPayloads.actionBody(payload));
                        long ack = System.nanoTime() - t0;
                        if (status == 200) {
                            recorder.record(ack, ack);
                        } else {
                            recorder.error("HTTP " + status);
                        }
                    } catch (Exception e) {
                        recorder.error(e.getClass().getSimpleName());
                    }
                }
            }, "bare-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** A stored run of the bot with a full set of answers: what one of the peer's documents looks like. */
    static Document runSizedDocument(Core core) {
        Document session = core.mongo.getCollection("sessions").find().first();
        Document doc = session == null ? new Document() : new Document(session);
        Document answers = new Document();
        for (int i = 0; i < 20; i++) {
            answers.append("question-number-" + i, List.of("option-a", "option-b"));
        }
        doc.put("answers", answers);
        return doc;
    }

    /** The same shape of executor as the bot's: 8 workers, a queue of 500, the request thread when it is full. */
    private static ExecutorService workersLikeTheBots() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(8, 8, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(500), r -> {
            Thread t = new Thread(r, "peer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        workers.allowCoreThreadTimeOut(true);
        return workers;
    }

    /** The peer's work after its acknowledgement: one guarded update, then a fixed next message. */
    private void peerStep(String user, long step, Responder responder) {
        try {
            Document after = peerRuns.findOneAndUpdate(Filters.and(Filters.eq("_id", user), Filters.eq("step", step)),
                    Updates.combine(Updates.set("answers.question-number-" + (step % 20), List.of("option-a")),
                            Updates.set("updatedOn", java.time.LocalDate.now().toString()), Updates.inc("step", 1L)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            String text = after == null ? "already answered" : "next " + after.getLong("step");
            responder.send(ActionResponse.builder().responseType("ephemeral").replaceOriginal(true).text(text)
                    .blocks(PEER_MESSAGE).build());
        } catch (Exception e) {
            // the sender sees no next message and counts the error
        }
    }

    /** The peer's fixed next message: a question with four answers, as one of ours looks. */
    private static final List<LayoutBlock> PEER_MESSAGE = Blocks.asBlocks(
            Blocks.section(s -> s.text(BlockCompositions.markdownText("*Data* · Question 3 of ~12\n"
                    + "Where does the data your model is trained on come from?"))),
            Blocks.actions(a -> a.elements(BlockElements.asElements(
                    BlockElements.button(b -> b.actionId("peer|a|1").value("1").text(BlockCompositions.plainText("In-house"))),
                    BlockElements.button(b -> b.actionId("peer|a|2").value("2").text(BlockCompositions.plainText("Customers"))),
                    BlockElements.button(b -> b.actionId("peer|a|3").value("3").text(BlockCompositions.plainText("The web"))),
                    BlockElements.button(b -> b.actionId("peer|a|4").value("4").text(BlockCompositions.plainText("Don't know")))))));

    /**
     * The peer under the same load as {@link #respondents}: each sender answers, waits for the next
     * message on its response_url, and answers that one.
     */
    void peer(int count, Duration duration, Think think, Recorder recorder) throws InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String user = "U0PEER" + i;
            peerRuns.replaceOne(Filters.eq("_id", user), new Document(runSized).append("_id", user).append("step", 0L),
                    new ReplaceOptions().upsert(true));
            Thread t = new Thread(() -> {
                long step = 0;
                while (System.nanoTime() < until) {
                    String name = user + "-" + names.incrementAndGet();
                    CompletableFuture<String> posted = edge.expect(name);
                    JsonObject payload = SlackPayloads.actionPayload(TEAM, user, "C0LOAD", true, "peer|a|" + step,
                            SlackPayloads.obj("type", "button", "value", Long.toString(step)), null, "tr-" + name,
                            edge.responseUrl(name));
                    try {
                        think.pause();
                        if (System.nanoTime() >= until) {
                            return;
                        }
                        long t0 = System.nanoTime();
                        int status = post("/peer/events", SlackPayloads.actionBody(payload));
                        long ack = System.nanoTime() - t0;
                        if (status != 200) {
                            recorder.error("HTTP " + status);
                            continue;
                        }
                        String message = posted.get(10, TimeUnit.SECONDS);
                        String text = JsonParser.parseString(message).getAsJsonObject().get("text").getAsString();
                        if (!text.equals("next " + (step + 1))) {
                            recorder.error("unexpected message: " + text);
                            continue;
                        }
                        recorder.record(ack, System.nanoTime() - t0);
                        step++;
                    } catch (java.util.concurrent.TimeoutException e) {
                        recorder.error("no next message within 10 s");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        recorder.error(e.getClass().getSimpleName());
                    }
                }
            }, "peer-sender-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private int post(String path, String body) throws IOException {
        try (Response response = send(path, body)) {
            return response.code();
        }
    }

    private Response send(String path, String body) throws IOException {
        Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + port + path)
                .post(RequestBody.create(body, FORM));
        signer.headers(body, "application/x-www-form-urlencoded").forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return http.newCall(request.build()).execute();
    }

    /** What pressing the first answer of the question in a posted message sends; empty when it shows no question. */
    static Optional<SlackPayloads.Press> firstAnswer(String posted) {
        JsonObject message = JsonParser.parseString(posted).getAsJsonObject();
        return SlackPayloads.firstAnswer(message.has("blocks") ? message.getAsJsonArray("blocks") : new JsonArray());
    }

    /** Latencies of one side, thread-safe. */
    static final class Recorder {
        private final List<Long> acks = new ArrayList<>();
        private final List<Long> prompts = new ArrayList<>();
        private final AtomicLong errors = new AtomicLong();
        private final Map<String, Integer> kinds = new TreeMap<>();

        synchronized void record(long ack, long prompt) {
            acks.add(ack);
            prompts.add(prompt);
        }

        void error(String kind) {
            errors.incrementAndGet();
            synchronized (kinds) {
                kinds.merge(kind, 1, Integer::sum);
            }
        }

        /** How many errors of each kind, for the notes. */
        Map<String, Integer> kinds() {
            synchronized (kinds) {
                return new TreeMap<>(kinds);
            }
        }

        synchronized Figures figures(Duration duration) {
            long[] a = acks.stream().mapToLong(Long::longValue).toArray();
            long[] p = prompts.stream().mapToLong(Long::longValue).toArray();
            return new Figures(Stats.of(a, a.length), Stats.of(p, p.length), a.length / (duration.toMillis() / 1000.0),
                    a.length, errors.get());
        }
    }

    @Override
    public void close() throws Exception {
        bot.close();
        tomcat.close();
        peerWorkers.shutdownNow();
        edge.close();
    }
}
