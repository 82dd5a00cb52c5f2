package dev.mlsec.assessor.core.identity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns platform identities into keyed pseudonyms: HMAC-SHA256 under the server secret, so the same
 * person maps to the same pseudonym while nobody without the secret can test a guess. The raw ids go
 * in and never come out.
 */
public final class Pseudonymizer {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public Pseudonymizer(ServerSecret secret) {
        this.key = new SecretKeySpec(secret.bytes(), ALGORITHM);
    }

    /** The pseudonym of one user in one space of one platform. */
    public String respondentKey(Respondent respondent) {
        return mac("respondent", respondent.platform().id(), respondent.space(), respondent.user());
    }

    /** The pseudonym of a workspace or guild, so assessments are only visible to their own space. */
    public String spaceKey(Space space) {
        return mac("space", space.platform().id(), space.id());
    }

    private String mac(String purpose, String... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                // length-prefixed, so ("ab","c") and ("a","bc") never collide
                mac.update(new byte[] {0, (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8), (byte) bytes.length});
                mac.update(bytes);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
