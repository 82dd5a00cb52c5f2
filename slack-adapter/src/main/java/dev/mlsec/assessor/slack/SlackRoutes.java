package dev.mlsec.assessor.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.view.ViewState;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.view.Control;
import dev.mlsec.assessor.core.view.Press;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a Slack event goes, from what it carries: who sent it, where they read it, and which engine
 * command a pressed element asks for. Pure, and nothing in it is trusted: the core checks every id.
 */
final class SlackRoutes {

    private SlackRoutes() {
    }

    /** The command a pressed element on a question asks for; the root message's and resume's are Start and Show. */
    static Command command(ActionRoute route, BlockActionPayload.Action action, ViewState state) {
        String run = route.id(0);
        return switch (route.kind()) {
            case ANSWER -> press(Control.ANSWER, route, List.of(route.id(2)));
            case SELECT -> press(Control.ANSWER, route, action.getSelectedOption() == null || action.getSelectedOption().getValue() == null
                    ? List.of() : List.of(action.getSelectedOption().getValue()));
            case SUBMIT -> press(Control.ANSWER, route, picked(state, ActionRoute.of(ActionRoute.Kind.PICK, run, route.id(1))));
            case BACK -> press(Control.BACK, route, List.of());
            case SKIP -> press(Control.SKIP, route, List.of());
            case DONT_KNOW -> press(Control.DONT_KNOW, route, List.of());
            case WHY -> press(Control.WHY, route, List.of());
            case PAUSE -> new Press(Control.PAUSE, run, "", List.of()).command();
            case ALONE -> new Press(Control.ANSWER_ALONE, run, "", List.of()).command();
            case OPEN -> new Command.Start(route.id(1), RootMessage.ON_YOUR_OWN.equals(run) ? Optional.empty() : Optional.of(run));
            default -> new Command.Show(run);
        };
    }

    private static Command press(Control control, ActionRoute route, List<String> options) {
        return new Press(control, route.id(0), route.id(1), options).command();
    }

    /** The options ticked in the message's checkboxes or multi select, as Slack reports the message's state. */
    static List<String> picked(ViewState state, ActionRoute pick) {
        if (state == null || state.getValues() == null) {
            return List.of();
        }
        String actionId = pick.actionId();
        for (Map<String, ViewState.Value> block : state.getValues().values()) {
            ViewState.Value value = block == null ? null : block.get(actionId);
            if (value != null && value.getSelectedOptions() != null) {
                // an option Slack sent without a value is no choice; the engine refuses what is left if it is not one
                return value.getSelectedOptions().stream().filter(Objects::nonNull).map(ViewState.SelectedOption::getValue)
                        .filter(Objects::nonNull).toList();
            }
        }
        return List.of();
    }

    /** Who pressed an element; empty when the payload names no user or no team. */
    static Optional<Respondent> presser(BlockActionPayload p) {
        if (p.getUser() == null || isBlank(p.getUser().getId())) {
            return Optional.empty();
        }
        String team = p.getTeam() != null && !isBlank(p.getTeam().getId()) ? p.getTeam().getId() : p.getUser().getTeamId();
        return isBlank(team) ? Optional.empty() : Optional.of(new Respondent(Platform.SLACK, team, p.getUser().getId()));
    }

    /** Where the pressed message is read: a DM with the bot, or an ephemeral message in a channel. */
    static Delivery delivery(BlockActionPayload p) {
        boolean inEphemeral = p.getContainer() != null && p.getContainer().isEphemeral();
        boolean inDm = p.getChannel() != null && p.getChannel().getId() != null && p.getChannel().getId().startsWith("D");
        return inDm && !inEphemeral ? Delivery.DM : Delivery.EPHEMERAL;
    }

    /** Whether Slack gave an address to answer at: an absolute http(s) URL with a host. */
    static boolean usable(String responseUrl) {
        if (isBlank(responseUrl)) {
            return false;
        }
        try {
            URI uri = new URI(responseUrl);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
