package dev.mlsec.assessor.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import dev.mlsec.assessor.core.delivery.RecentDeliveries;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.view.ChannelWords;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Button presses: each is acknowledged at once and handed on, by its {@link ActionRoute}, to the App Home,
 * the "Remind me" desk or the respondent's steps, on the {@link Workers}. A press Slack delivers twice is
 * handled once. Logs never carry user, channel or team ids.
 */
final class ButtonPresses {

    private static final Logger LOG = LoggerFactory.getLogger(ButtonPresses.class);

    private final Slack slack;
    private final Workers workers;
    private final RecentDeliveries recent;
    private final RespondentSteps respondents;
    private final SlackReminders reminders;
    private volatile SlackHome home;

    ButtonPresses(Slack slack, Workers workers, RecentDeliveries recent, RespondentSteps respondents,
                  SlackReminders reminders) {
        this.slack = Objects.requireNonNull(slack, "slack");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.respondents = Objects.requireNonNull(respondents, "respondents");
        this.reminders = Objects.requireNonNull(reminders, "reminders");
    }

    /** Presses on the App Home go to {@code tab}, and each step refreshes the presser's home. */
    void home(SlackHome tab) {
        this.home = Objects.requireNonNull(tab, "tab");
    }

    /** Publishes {@code who}'s App Home again, when the home is on. */
    void refreshHome(Respondent who) {
        SlackHome tab = home;
        if (tab != null) {
            tab.refresh(who);
        }
    }

    Response onAction(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        if (!recent.first(p.getTriggerId()) || p.getActions() == null || p.getActions().isEmpty()) {
            return ctx.ack();
        }
        BlockActionPayload.Action action = p.getActions().get(0);
        Optional<ActionRoute> route = ActionRoute.parse(action.getActionId());
        SlackHome tab = home;
        if (tab != null && SlackHome.fromHome(p)) {
            Optional<Respondent> presser = SlackRoutes.presser(p);
            if (route.isPresent() && presser.isPresent()) {
                tab.press(route.get(), p, presser.get());
            } else {
                LOG.warn("ignored an App Home press that is not one of ours or names nobody");
            }
            return ctx.ack();
        }
        if (!SlackRoutes.usable(p.getResponseUrl())) {
            // nobody can be answered, so nothing is done
            LOG.warn("ignored a button press without a usable response_url");
            return ctx.ack();
        }
        Responder responder = new Responder(slack, p.getResponseUrl());
        if (route.isEmpty()) {
            workers.later(responder, () -> SlackWeb.respond(responder,
                    ReplyRenderer.line(":grey_question: " + ChannelWords.UNKNOWN_CONTROL), false));
            return ctx.ack();
        }
        if (route.get().kind() == ActionRoute.Kind.PICK) {
            return ctx.ack(); // a checkbox toggled; the answer is sent with Submit
        }
        Optional<Respondent> who = SlackRoutes.presser(p);
        if (who.isEmpty()) {
            LOG.warn("ignored a button press that names no user or no team");
            return ctx.ack();
        }
        Delivery delivery = SlackRoutes.delivery(p);
        ActionRoute pressed = route.get();
        if (pressed.kind() == ActionRoute.Kind.REMIND) {
            workers.later(responder, () -> reminders.press(pressed, who.get(), responder));
        } else if (pressed.kind() == ActionRoute.Kind.MOVE_TO_DM) {
            workers.later(responder, () -> {
                respondents.moveToDm(pressed.id(0), who.get(), delivery, responder);
                refreshHome(who.get());
            });
        } else {
            Command command = SlackRoutes.command(pressed, action, p.getState());
            workers.later(responder, () -> {
                respondents.step(command, who.get(), delivery, responder);
                refreshHome(who.get());
            });
        }
        return ctx.ack();
    }
}
