package dev.mlsec.assessor.core.assessment;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Assessment codes: three letters from the system's name, a dash, and five characters of Crockford
 * base32 from a secure random source (about 33.5 million per prefix), e.g. {@code FRD-7K2QX}.
 */
public final class AssessmentCodes {

    /** What a code looks like; anything else is refused before the store is asked. */
    public static final Pattern FORMAT = Pattern.compile("[A-Z]{3}-[0-9A-HJKMNP-TV-Z]{5}");

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AssessmentCodes() {
    }

    public static String next(String systemName) {
        StringBuilder prefix = new StringBuilder();
        String letters = systemName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        if (!letters.isEmpty()) {
            prefix.append(letters.charAt(0));
            String rest = letters.substring(1).replaceAll("[AEIOU]", "");
            for (int i = 0; i < rest.length() && prefix.length() < 3; i++) {
                prefix.append(rest.charAt(i));
            }
            for (int i = 1; i < letters.length() && prefix.length() < 3; i++) {
                prefix.append(letters.charAt(i));
            }
        }
        while (prefix.length() < 3) {
            prefix.append('X');
        }
        StringBuilder code = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 5; i++) {
            code.append(CROCKFORD[RANDOM.nextInt(CROCKFORD.length)]);
        }
        return code.toString();
    }

    /** The code as stored: trimmed, upper case; empty when it cannot be a code. */
    public static java.util.Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 20) {
            return java.util.Optional.empty();
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(code).matches() ? java.util.Optional.of(code) : java.util.Optional.empty();
    }
}
