package dev.mlsec.assessor.slack;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs requests the way Slack does: HMAC-SHA256 of {@code v0:timestamp:body} under the signing secret. */
public final class SlackSigner {

    public static final String SIGNATURE = "X-Slack-Signature";
    public static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    public static final String RETRY_NUM = "X-Slack-Retry-Num";

    private final String signingSecret;

    public SlackSigner(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    public String signature(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Headers of a request signed now. */
    public Map<String, List<String>> headers(String body, String contentType) {
        return headers(body, contentType, Instant.now().getEpochSecond());
    }

    public Map<String, List<String>> headers(String body, String contentType, long timestamp) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(contentType));
        headers.put(TIMESTAMP, List.of(Long.toString(timestamp)));
        headers.put(SIGNATURE, List.of(signature(timestamp, body)));
        return headers;
    }
}
