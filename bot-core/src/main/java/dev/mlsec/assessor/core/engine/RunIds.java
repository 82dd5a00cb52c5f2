package dev.mlsec.assessor.core.engine;

import java.security.SecureRandom;
import java.util.Base64;

/** Random, unguessable run ids: 128 bits, URL-safe, never derived from who answers. */
final class RunIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
