package dev.mlsec.assessor.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP entry point, free of any web framework: the raw request goes in, Bolt parses it,
 * verifies its signature and timestamp with the signing secret (a wrong signature or a timestamp
 * more than five minutes from now, in either direction, gets 401) and runs the bot's app; the
 * response comes out.
 */
public final class SlackHttpEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(SlackHttpEndpoint.class);

    /** The HTTP response to write back. */
    public record HttpResult(int status, Map<String, List<String>> headers, String body) {
        public HttpResult {
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
        }
    }

    /** How far a request's timestamp may be from this clock, either way (Slack's own guidance). */
    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final String TIMESTAMP = "X-Slack-Request-Timestamp";

    private final App app;
    private final SlackRequestParser parser;
    private final Clock clock;

    public SlackHttpEndpoint(SlackBot bot) {
        this(bot.app());
    }

    /** Serves any Bolt app the same way, e.g. a bare one to compare with. */
    public SlackHttpEndpoint(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.clock = Clock.systemUTC();
    }

    /**
     * @param method        the HTTP method (only POST is accepted)
     * @param pathAndQuery  the request target, e.g. {@code /slack/events} or {@code /slack/events?ssl_check=1}
     * @param headers       the request headers (names in any case)
     * @param rawBody       the body exactly as received (the signature covers these bytes)
     */
    public HttpResult handle(String method, String pathAndQuery, Map<String, List<String>> headers, String rawBody) {
        if (!"POST".equalsIgnoreCase(method)) {
            return new HttpResult(405, Map.of("Allow", List.of("POST")), "");
        }
        String path = pathAndQuery;
        String query = "";
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            path = pathAndQuery.substring(0, q);
            query = pathAndQuery.substring(q + 1);
        }
        Map<String, List<String>> lowerCased = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> lowerCased.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        if (datedAhead(lowerCased)) {
            // Bolt refuses a request dated too long ago; one dated ahead is refused the same way
            return new HttpResult(401, Map.of("Content-Type", List.of("application/json")), "{\"error\":\"invalid request\"}");
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(path)
                    .queryString(parseQuery(query))
                    .headers(new RequestHeaders(lowerCased))
                    .requestBody(rawBody == null ? "" : rawBody)
                    .remoteAddress("")
                    .build());
        } catch (RuntimeException unparseable) {
            // never log the body, the parser's message or what it tripped over: the first two may carry user ids
            LOG.warn("refused a Slack request that could not be parsed");
            return new HttpResult(400, Map.of("Content-Type", List.of("text/plain")), "Malformed request.");
        }
        if (request == null) {
            return new HttpResult(400, Map.of("Content-Type", List.of("text/plain")), "Malformed request.");
        }
        try {
            com.slack.api.bolt.response.Response response = app.run(request);
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (response.getHeaders() != null) {
                out.putAll(response.getHeaders());
            }
            if (response.getContentType() != null) {
                out.put("Content-Type", List.of(response.getContentType()));
            }
            return new HttpResult(response.getStatusCode() == null ? 200 : response.getStatusCode(), out,
                    response.getBody() == null ? "" : response.getBody());
        } catch (Exception e) {
            LOG.error("a Slack request could not be handled ({})", e.getClass().getSimpleName());
            return new HttpResult(500, Map.of(), "");
        }
    }

    /** Whether the request says it was sent more than {@link #MAX_SKEW} from now, ahead; a missing or bad timestamp is Bolt's to refuse. */
    private boolean datedAhead(Map<String, List<String>> headers) {
        List<String> values = headers.get(TIMESTAMP);
        if (values == null || values.isEmpty()) {
            return false;
        }
        try {
            long sent = Long.parseLong(values.get(0).trim());
            return sent - clock.instant().getEpochSecond() > MAX_SKEW.toSeconds();
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static Map<String, List<String>> parseQuery(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return params;
    }
}
