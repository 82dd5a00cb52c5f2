package dev.mlsec.assessor.core.due;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a lead typed after a code to set how often something happens: {@code every 3d}, {@code every 2w}
 * or {@code off}. Anything else is refused in one sentence.
 */
public sealed interface Cadence {

    int MAX_DAYS = 3650;

    /** Every {@code days} days. */
    record Every(int days) implements Cadence {
        public Duration interval() {
            return Duration.ofDays(days);
        }

        /** As a lead would say it, e.g. "every 3 days". */
        public String words() {
            return days == 1 ? "every day" : days % 7 == 0 ? (days == 7 ? "every week" : "every " + days / 7 + " weeks")
                    : "every " + days + " days";
        }
    }

    record Off() implements Cadence {
    }

    record Refused(String message) implements Cadence {
    }

    Pattern EVERY = Pattern.compile("every\\s+(\\d{1,9})\\s*([a-z]*)");

    static Cadence parse(String text) {
        return parse(text, 1, MAX_DAYS);
    }

    /** As {@link #parse(String)}, with an interval of {@code minDays} to {@code maxDays} days, both included. */
    static Cadence parse(String text, int minDays, int maxDays) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("off")) {
            return new Off();
        }
        Matcher m = EVERY.matcher(t);
        if (!m.matches()) {
            return new Refused("I did not understand that: say how often as `every 3d` (days) or `every 2w` (weeks), or `off`.");
        }
        String unit = m.group(2);
        int factor = switch (unit) {
            case "d", "day", "days" -> 1;
            case "w", "week", "weeks" -> 7;
            default -> 0;
        };
        if (unit.isEmpty()) {
            return new Refused("A number alone is not an interval: add its unit, e.g. `every " + m.group(1) + "d` for days.");
        }
        if (factor == 0) {
            return new Refused("Intervals are counted in days (`d`) or weeks (`w`), e.g. `every 3d`.");
        }
        long days = Long.parseLong(m.group(1)) * factor;
        if (days < minDays) {
            return new Refused(minDays == 1 ? "An interval must be at least one day."
                    : "An interval must be at least " + minDays + " days here, e.g. `every " + minDays + "d`.");
        }
        if (days > maxDays) {
            return new Refused(maxDays == MAX_DAYS ? "An interval may be at most " + MAX_DAYS + " days (about ten years)."
                    : "An interval may be at most " + maxDays + " days here.");
        }
        return new Every((int) days);
    }
}
