package dev.mlsec.assessor.core.lead;

import dev.mlsec.assessor.core.assessment.AssessorException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What follows {@code new} as typed, e.g. {@code fraud model v3 --private}: the system's name and, as its
 * last word, the one option {@value #PRIVATE}. Any other word starting with {@code --}, or {@code --private}
 * anywhere but after the name, is refused with one sentence.
 */
public final class NewAssessmentWords {

    public static final String PRIVATE = "--private";

    static final String MISPLACED = "Put `--private` after the system's name, e.g. `fraud model v3 --private`.";

    private NewAssessmentWords() {
    }

    /** The request these words make; an unknown option or a misplaced {@code --private} is refused. */
    public static LeadRequest.New parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        List<String> words = text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                continue;
            }
            if (!word.toLowerCase(Locale.ROOT).equals(PRIVATE)) {
                throw invalid("`" + clip(word) + "` is not an option of `new`: the only one is `--private`, after the "
                        + "system's name.");
            }
            if (i == 0 || i != words.size() - 1) {
                throw invalid(MISPLACED);
            }
        }
        boolean isPrivate = !words.isEmpty() && words.get(words.size() - 1).toLowerCase(Locale.ROOT).equals(PRIVATE);
        String name = isPrivate ? text.substring(0, text.length() - PRIVATE.length()).strip() : text;
        return new LeadRequest.New(name, isPrivate);
    }

    private static AssessorException invalid(String sentence) {
        return new AssessorException(AssessorException.Problem.INVALID_ARGUMENT, sentence);
    }

    private static String clip(String word) {
        String safe = word.replace("`", "'");
        return safe.length() > 30 ? safe.substring(0, 30) + "\u2026" : safe;
    }
}
