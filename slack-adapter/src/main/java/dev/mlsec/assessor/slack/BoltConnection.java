package dev.mlsec.assessor.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt app and its connection to Slack: the Web API client pointed at the configured address,
 * the app with the hardening middleware every request passes before routing, and its start over HTTP
 * or Socket Mode (with the {@link SocketModeGuard}) and stop. Routes are added by the bot.
 */
final class BoltConnection {

    private static final Logger LOG = LoggerFactory.getLogger(BoltConnection.class);

    private final SlackSettings settings;
    private final Slack slack;
    private final App app;
    private SocketModeApp socketMode;

    BoltConnection(SlackSettings settings) {
        this.settings = settings;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setPrettyResponseLoggingEnabled(false);
        this.slack = Slack.getInstance(config);
        this.app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret()).build());
        app.use(BoltConnection::malformedActions);
    }

    Slack slack() {
        return slack;
    }

    App app() {
        return app;
    }

    /** Starts the app; in Socket Mode also connects to Slack with the app-level token. */
    synchronized void start() {
        try {
            if (settings.appToken().isPresent() && socketMode == null) {
                socketMode = new SocketModeApp(settings.appToken().get(), app, SocketModeClient.Backend.JavaWebSocket);
                socketMode.startAsync();
                // Bolt creates the client, with its listener, as it connects
                SocketModeGuard.install(socketMode.getClient());
            } else {
                app.start();
            }
        } catch (LinkageError missing) {
            throw new IllegalStateException("Socket Mode needs the Java-WebSocket library (org.java-websocket), "
                    + "which is missing from this build; use the released jar or run Slack over HTTP", missing);
        } catch (Exception e) {
            throw new IllegalStateException("the Slack bot could not start: " + e.getMessage(), e);
        }
    }

    /** Disconnects from Socket Mode, if connected, and stops the app. */
    synchronized void stop() {
        try {
            if (socketMode != null) {
                socketMode.close();
                socketMode = null;
            }
        } catch (Exception e) {
            LOG.warn("closing the Socket Mode connection failed: {}", e.getClass().getSimpleName());
        }
        app.stop();
    }

    /**
     * A block action must name at least one element pressed, each with an action id, before Bolt routes
     * it (Bolt reads every action's id to find the listener); one that does not is acknowledged and
     * nothing is done.
     */
    private static Response malformedActions(Request<?> req, Response resp, MiddlewareChain chain) throws Exception {
        if (req instanceof BlockActionRequest action) {
            List<BlockActionPayload.Action> actions = action.getPayload() == null ? null : action.getPayload().getActions();
            if (actions == null || actions.isEmpty() || actions.stream().anyMatch(a -> a == null || a.getActionId() == null)) {
                LOG.warn("ignored a block action that names no element pressed");
                return Response.ok();
            }
        }
        return chain.next(req);
    }
}
