package dev.mlsec.assessor.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.ratelimit.RateLimiter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home: published when a person opens the Home tab, again after their steps, and again for
 * everyone who opened it in the last half hour when an assessment's status changes, within Slack's
 * rate limit for {@code views.publish}; its buttons are pressed like any other, their replies posted in
 * the person's DM with the bot. Events and presses of another workspace are ignored; logs never carry
 * user or team ids. Who opened the Home lately is kept in memory only, never stored or logged.
 */
final class SlackHome {

    private static final Logger LOG = LoggerFactory.getLogger(SlackHome.class);
    /** Below Slack's Tier 4 (100 a minute per workspace) for {@code views.publish}. */
    static final int PUBLISHES_PER_MINUTE = 90;

    private final HomeService homes;
    private final Conversation conversation;
    private final SlackWeb web;
    private final Workers workers;
    private final HomeReports reports;
    private final RateLimiter publishes = new RateLimiter(PUBLISHES_PER_MINUTE);
    /** The people whose Home is about to be published, so a burst of steps publishes once (in memory only). */
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    /** Who opened their Home in the last {@link #VIEWER_FOR}, with when that ends (in memory only, bounded). */
    private final Map<Respondent, Instant> viewers = new ConcurrentHashMap<>();
    /** How long after opening the Home a person's Home follows changes of assessments' status. */
    static final Duration VIEWER_FOR = Duration.ofMinutes(30);
    /** At most this many recent viewers are followed; others see changes when they next open the Home. */
    static final int MAX_VIEWERS = 500;
    private volatile String ownTeam;

    SlackHome(HomeService homes, Conversation conversation, HomeReports reports, SlackWeb web, Workers workers) {
        this.homes = homes;
        this.conversation = conversation;
        this.reports = reports;
        this.web = web;
        this.workers = workers;
    }

    /** Bolt's listener for {@code app_home_opened}: the Home tab of a person of this workspace is published. */
    Response opened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (event == null || SlackRoutes.isBlank(event.getUser()) || SlackRoutes.isBlank(payload.getTeamId())
                || (event.getTab() != null && !"home".equals(event.getTab()))) {
            return ctx.ack();
        }
        Respondent who = new Respondent(Platform.SLACK, payload.getTeamId(), event.getUser());
        workers.later(() -> {
            if (ours(who)) {
                follow(who);
                publish(who, 1);
            } else {
                LOG.warn("ignored an App Home event of another workspace");
            }
        });
        return ctx.ack();
    }

    /** Whether a pressed element is on an App Home. */
    static boolean fromHome(BlockActionPayload p) {
        return p.getView() != null && "home".equals(p.getView().getType());
    }

    /** A press on the App Home, as its presser: the reply goes to their DM with the bot, then the Home is published. */
    void press(ActionRoute route, BlockActionPayload p, Respondent who) {
        workers.later(() -> {
            if (!ours(who)) {
                LOG.warn("ignored an App Home press of another workspace");
                return;
            }
            switch (route.kind()) {
                case HOME_PAGE -> publish(who, page(route.id(0)));
                case HOME_REPORT -> reports.report(route.id(0), who);
                case PICK -> {
                    // a checkbox toggled; nothing to do
                }
                default -> {
                    Command command = route.kind() == ActionRoute.Kind.MOVE_TO_DM ? new Command.Show(route.id(0))
                            : SlackRoutes.command(route, p.getActions().get(0), p.getState());
                    web.post(web.openDm(who.user()), Optional.empty(),
                            ReplyRenderer.render(conversation.handle(who, command), Delivery.DM));
                    publish(who, 1);
                }
            }
        });
    }

    /** Publishes the person's Home again soon, once for a burst of steps. */
    void refresh(Respondent who) {
        if (pending.add(who.user())) {
            workers.later(() -> {
                pending.remove(who.user());
                publish(who, 1);
            });
        }
    }

    /** An assessment's status changed: the Homes opened lately (leads' list its progress) are published again. */
    void statusChanged() {
        Instant now = Instant.now();
        viewers.entrySet().removeIf(v -> v.getValue().isBefore(now));
        viewers.keySet().forEach(this::refresh);
    }

    private void follow(Respondent who) {
        Instant until = Instant.now().plus(VIEWER_FOR);
        if (viewers.size() < MAX_VIEWERS || viewers.containsKey(who)) {
            viewers.put(who, until);
        }
    }

    private void publish(Respondent who, int page) throws IOException {
        if (!publishes.tryAcquire("views.publish")) {
            // the Home is published again when it is next opened
            LOG.warn("skipped an App Home update: too many this minute");
            return;
        }
        try {
            ViewsPublishResponse published = Backoff.call("views.publish", () -> web.methods().viewsPublish(r -> r
                    .userId(who.user()).view(HomeRenderer.view(homes.of(who, page)))));
            if (!published.isOk()) {
                LOG.warn("views.publish was refused: {}", published.getError());
            }
        } catch (SlackApiException e) {
            throw new IOException(e);
        }
    }

    /** Whether the person is of the workspace the bot's token belongs to (asked of Slack once). */
    private boolean ours(Respondent who) throws IOException {
        String team = ownTeam;
        if (team == null) {
            try {
                AuthTestResponse auth = Backoff.call("auth.test", () -> web.methods().authTest(r -> r));
                if (!auth.isOk() || auth.getTeamId() == null) {
                    throw new IOException("auth.test: " + auth.getError());
                }
                team = auth.getTeamId();
                ownTeam = team;
            } catch (SlackApiException e) {
                throw new IOException(e);
            }
        }
        return team.equals(who.space());
    }

    private static int page(String typed) {
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
