package dev.mlsec.assessor.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The routing an interactive element carries in its {@code action_id}: a short kind, then ids. Nothing
 * in it is trusted: the engine checks every id against the stored run.
 *
 * <p>Format: {@code mlsec|<kind>|<id>|<id>...}. Ids never contain {@code |}.
 */
public record ActionRoute(Kind kind, List<String> ids) {

    public static final String PREFIX = "mlsec";
    public static final Pattern OURS = Pattern.compile("^mlsec\\|.*");
    private static final String SEPARATOR = "|";

    /** What pressing the element asks for, with the ids it carries. */
    public enum Kind {
        /** root message button: assessment code, questionnaire id */
        OPEN("open", 2),
        /** answer button: run id, question id, option id */
        ANSWER("a", 3),
        /** static select: run id, question id (the option id is the selected value) */
        SELECT("sel", 2),
        /** checkboxes / multi select being edited: run id, question id (answered on submit) */
        PICK("pick", 2),
        /** submit of a multiple choice: run id, question id */
        SUBMIT("sub", 2),
        BACK("back", 2),
        SKIP("skip", 2),
        DONT_KNOW("dk", 2),
        WHY("why", 2),
        PAUSE("pause", 1),
        /** give up a run of an assessment and answer the same questionnaire on one's own: run id */
        ALONE("alone", 1),
        /** show the current question again, e.g. to resume after a pause: run id */
        SHOW("show", 1),
        /** continue this run in a DM with the bot: run id */
        MOVE_TO_DM("dm", 1),
        /** "Remind me" on a paused run: run id, when (a {@code RemindMe} code) */
        REMIND("remind", 2),
        /** another page of the App Home: page number */
        HOME_PAGE("home", 1),
        /** an assessment's report, pressed on a lead's App Home: assessment code */
        HOME_REPORT("hrep", 1);

        private final String code;
        private final int arity;

        Kind(String code, int arity) {
            this.code = code;
            this.arity = arity;
        }

        public String code() {
            return code;
        }

        static Optional<Kind> of(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public ActionRoute {
        ids = List.copyOf(ids);
        if (ids.size() != kind.arity) {
            throw new IllegalArgumentException(kind + " takes " + kind.arity + " ids");
        }
        for (String id : ids) {
            if (id.isEmpty() || id.contains(SEPARATOR)) {
                throw new IllegalArgumentException("an id may not be empty nor contain " + SEPARATOR);
            }
        }
    }

    public static ActionRoute of(Kind kind, String... ids) {
        return new ActionRoute(kind, List.of(ids));
    }

    public String id(int index) {
        return ids.get(index);
    }

    /** The {@code action_id}; {@code suffix} tells apart elements with the same route (answer buttons). */
    public String actionId() {
        return PREFIX + SEPARATOR + kind.code + SEPARATOR + String.join(SEPARATOR, ids);
    }

    /** Reads an {@code action_id}; empty when it is not one of ours or is malformed. */
    public static Optional<ActionRoute> parse(String actionId) {
        if (actionId == null) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(List.of(actionId.split("\\|", -1)));
        if (parts.size() < 3 || !PREFIX.equals(parts.get(0))) {
            return Optional.empty();
        }
        Optional<Kind> kind = Kind.of(parts.get(1));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ActionRoute(kind.get(), parts.subList(2, parts.size())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
