package dev.mlsec.assessor.app.slack;

import dev.mlsec.assessor.slack.SlackHttpEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Slack's HTTP entry point: hands the raw request to the real Bolt app, which verifies the signature.
 * Bodies over {@value #MAX_BODY} bytes are refused before anything is parsed.
 */
@RestController
@ConditionalOnExpression("'${mlsec.channels.enabled:true}' == 'true' and '${mlsec.slack.bot-token:}' != ''")
public class SlackEventsController {

    /** Slack's payloads are a few kilobytes; anything far larger is not from Slack. */
    static final int MAX_BODY = 64 * 1024;

    private final SlackHttpEndpoint endpoint;

    public SlackEventsController(SlackHttpEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @PostMapping("/slack/events")
    public ResponseEntity<String> events(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            return tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return tooLarge();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
        }
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        SlackHttpEndpoint.HttpResult result = endpoint.handle("POST", path, headers, new String(body, StandardCharsets.UTF_8));
        HttpHeaders out = new HttpHeaders();
        result.headers().forEach(out::put);
        return ResponseEntity.status(result.status()).headers(out).body(result.body());
    }

    private static ResponseEntity<String> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.TEXT_PLAIN)
                .body("Request body too large.");
    }
}
