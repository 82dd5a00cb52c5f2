package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.lead.NewAssessmentWords;
import dev.mlsec.assessor.core.view.Control;
import dev.mlsec.assessor.core.view.Press;
import java.util.List;
import java.util.Optional;

/**
 * Where an interaction goes, from what it carries: a component's custom id becomes a {@link Press},
 * a lead subcommand a {@link LeadRequest}. Pure, and nothing in it is trusted: the core checks every id.
 */
final class DiscordRoutes {

    /** The subcommands only leads may use. */
    static final List<String> LEAD_VERBS = List.of("new", "report", "trends", "export", "status", "round", "close", "remind", "schedule");

    private DiscordRoutes() {
    }

    /** A button press on a question; empty when the id is not one of ours or is malformed. */
    static Optional<Press> button(CustomIds.Parsed id) {
        List<String> p = id.parts();
        return switch (id.kind()) {
            case CustomIds.ANSWER -> id.has(3) ? press(Control.ANSWER, p.get(0), p.get(1), List.of(p.get(2))) : Optional.empty();
            case CustomIds.DONT_KNOW -> id.has(2) ? press(Control.DONT_KNOW, p.get(0), p.get(1), List.of()) : Optional.empty();
            case CustomIds.SKIP -> id.has(2) ? press(Control.SKIP, p.get(0), p.get(1), List.of()) : Optional.empty();
            case CustomIds.BACK -> id.has(2) ? press(Control.BACK, p.get(0), p.get(1), List.of()) : Optional.empty();
            case CustomIds.WHY -> id.has(2) ? press(Control.WHY, p.get(0), p.get(1), List.of()) : Optional.empty();
            case CustomIds.PAUSE -> id.has(1) ? press(Control.PAUSE, p.get(0), "", List.of()) : Optional.empty();
            case CustomIds.ALONE -> id.has(1) ? press(Control.ANSWER_ALONE, p.get(0), "", List.of()) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** A choice from a question's menu. */
    static Optional<Press> menu(CustomIds.Parsed id, List<String> values) {
        if (!CustomIds.MENU.equals(id.kind()) || !(id.has(2) || id.has(3))) {
            return Optional.empty();
        }
        return press(Control.ANSWER, id.parts().get(0), id.parts().get(1), values);
    }

    /** The lead request of a lead subcommand, from its options as typed. */
    static Optional<LeadRequest> lead(String sub, String name, String code, boolean share, String format) {
        return lead(sub, name, code, share, format, "");
    }

    /** As above, with the cadence typed for {@code remind} and {@code schedule}. */
    static Optional<LeadRequest> lead(String sub, String name, String code, boolean share, String format, String every) {
        return switch (sub) {
            case "new" -> Optional.of(new LeadRequest.New(name));
            case "report" -> Optional.of(new LeadRequest.Report(code, share));
            case "trends" -> Optional.of(new LeadRequest.Trends());
            case "export" -> Optional.of(new LeadRequest.Export(code, format));
            case "status" -> Optional.of(new LeadRequest.Status(code));
            case "round" -> Optional.of(new LeadRequest.NextRound(code));
            case "close" -> Optional.of(new LeadRequest.Close(code));
            case "remind" -> Optional.of(new LeadRequest.Remind(code, cadence(every)));
            case "schedule" -> Optional.of(new LeadRequest.Schedule(code, cadence(every)));
            default -> Optional.empty();
        };
    }

    /** The {@code every} option as the core reads a cadence: {@code 90d} is {@code every 90d}; {@code off} stays. */
    private static String cadence(String every) {
        String t = every.strip();
        return t.isEmpty() || t.equalsIgnoreCase("off") || t.toLowerCase(java.util.Locale.ROOT).startsWith("every") ? t : "every " + t;
    }

    /**
     * A new assessment from its name as typed and the {@code private} option; {@code --private} typed after
     * the name counts too, and an unknown or misplaced option is refused (an {@link AssessorException}).
     */
    static LeadRequest.New newAssessment(String name, boolean privateOption) {
        LeadRequest.New typed = NewAssessmentWords.parse(name);
        return new LeadRequest.New(typed.systemName(), typed.isPrivate() || privateOption);
    }

    private static Optional<Press> press(Control control, String run, String question, List<String> options) {
        return Optional.of(new Press(control, run, question, options));
    }
}
