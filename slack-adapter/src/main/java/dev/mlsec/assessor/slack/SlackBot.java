package dev.mlsec.assessor.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.util.Responder;
import com.slack.api.model.view.ViewState;
import com.slack.api.socket_mode.SocketModeClient;
import dev.mlsec.assessor.core.delivery.RecentDeliveries;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.questions.Questionnaire;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack bot: a Bolt {@link App} that turns {@code /mlsec} commands and button presses into engine
 * commands and renders the replies, privately. Every command and action is acknowledged at once; the
 * work happens on a small bounded executor. Logs never carry user, channel or team ids.
 */
public final class SlackBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
    static final String NO_RESPONSE_URL = "Slack sent this command without a way for me to answer it, so nothing was done. "
            + "Please try again.";
    private static final String NO_SENDER = "I could not tell who sent this command, so nothing was done.";
    private static final int WORKERS = 8;
    private static final String OOPS = "Something went wrong on my side; nothing was recorded twice. Please try again in a moment.";

    private final SlackSettings settings;
    private final Conversation conversation;
    private final LeadDesk desk;
    private final List<Questionnaire> questionnaires;
    private final Slack slack;
    private final App app;
    private final SlackWeb web;
    private final LeadCommands leadCommands;
    private final ExecutorService executor;
    private final RecentDeliveries recent = new RecentDeliveries(1000);
    private SocketModeApp socketMode;

    public SlackBot(SlackSettings settings, Conversation conversation, LeadDesk desk, List<Questionnaire> questionnaires) {
        this(settings, conversation, desk, questionnaires, defaultExecutor());
    }

    /** With the executor slow work runs on; the bot shuts it down on {@link #stop()}. */
    public SlackBot(SlackSettings settings, Conversation conversation, LeadDesk desk, List<Questionnaire> questionnaires,
                    ExecutorService executor) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.questionnaires = List.copyOf(questionnaires);
        this.executor = Objects.requireNonNull(executor, "executor");
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setPrettyResponseLoggingEnabled(false);
        this.slack = Slack.getInstance(config);
        AppConfig.AppConfigBuilder appConfig = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret());
        this.app = new App(appConfig.build());
        this.web = new SlackWeb(slack.methods(settings.botToken()));
        this.leadCommands = new LeadCommands(desk, new LeadPolicy(settings.leads(), web.methods(), Clock.systemUTC()),
                web, this.questionnaires);
        app.use(SlackBot::malformedActions);
        app.command(SlashCommand.NAME, this::onCommand);
        app.blockAction(Pattern.compile(".*"), this::onAction);
    }

    /**
     * Workers for the steps after an acknowledgement. A step mostly waits on the store and on Slack, so
     * there are more workers than cores; all of them start as soon as work is there (a pool that only
     * grows once its queue is full would run a burst on two threads), and idle ones stop.
     */
    private static ExecutorService defaultExecutor() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(500), r -> {
            Thread t = new Thread(r, "mlsec-slack-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        workers.allowCoreThreadTimeOut(true);
        return workers;
    }

    /** The Bolt app, for the HTTP endpoint. */
    public App app() {
        return app;
    }

    public SlackSettings settings() {
        return settings;
    }

    /** Starts the app; in Socket Mode also connects to Slack with the app-level token. */
    public synchronized void start() {
        try {
            if (settings.appToken().isPresent() && socketMode == null) {
                socketMode = new SocketModeApp(settings.appToken().get(), app, SocketModeClient.Backend.JavaWebSocket);
                socketMode.startAsync();
            } else {
                app.start();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the Slack bot could not start: " + e.getMessage(), e);
        }
    }

    /** Disconnects, lets running work finish (a few seconds at most) and stops the executor. */
    public synchronized void stop() {
        try {
            if (socketMode != null) {
                socketMode.close();
                socketMode = null;
            }
        } catch (Exception e) {
            LOG.warn("closing the Socket Mode connection failed: {}", e.getClass().getSimpleName());
        }
        app.stop();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    // ---------------------------------------------------------------- slash command

    private Response onCommand(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        if (!recent.first(p.getTriggerId())) {
            return ctx.ack();
        }
        if (isBlank(p.getTeamId()) || isBlank(p.getUserId())) {
            LOG.warn("refused a slash command that names no team or no user");
            return ack(ctx, ReplyRenderer.line(NO_SENDER));
        }
        SlashCommand command = SlashCommand.parse(p.getText());
        Respondent who = new Respondent(Platform.SLACK, p.getTeamId(), p.getUserId());
        if (command instanceof SlashCommand.Help) {
            return ack(ctx, ReplyRenderer.line(SlashCommand.helpText()));
        }
        if (command instanceof SlashCommand.Invalid invalid) {
            return ack(ctx, ReplyRenderer.line(invalid.message()));
        }
        if (command instanceof SlashCommand.Start start) {
            if (start.questionnaireId().isEmpty()) {
                return ack(ctx, RootMessage.chooser(questionnaires));
            }
            return ack(ctx, engine(who, new Command.Start(start.questionnaireId().get(), Optional.empty()), Delivery.EPHEMERAL));
        }
        if (command instanceof SlashCommand.Resume) {
            return ack(ctx, engine(who, new Command.Resume(Optional.empty()), Delivery.EPHEMERAL));
        }
        if (!usable(p.getResponseUrl())) {
            LOG.warn("refused a lead command without a usable response_url");
            return ack(ctx, ReplyRenderer.line(NO_RESPONSE_URL));
        }
        Responder responder = new Responder(slack, p.getResponseUrl());
        later(responder, () -> leadCommands.run(command, who, p.getChannelId(), responder));
        return ctx.ack();
    }

    /** Whether Slack gave an address to answer at: an absolute http(s) URL with a host. */
    private static boolean usable(String responseUrl) {
        if (isBlank(responseUrl)) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(responseUrl);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException malformed) {
            return false;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static Response ack(SlashCommandContext ctx, SlackMessage message) {
        return ctx.ack(SlashCommandResponse.builder().responseType("ephemeral").text(message.text())
                .blocks(message.blocks()).build());
    }

    private SlackMessage engine(Respondent who, Command command, Delivery delivery) {
        try {
            return ReplyRenderer.render(conversation.handle(who, command), delivery);
        } catch (RuntimeException e) {
            LOG.error("the engine failed on {} ({})", command.getClass().getSimpleName(), e.getClass().getSimpleName());
            return ReplyRenderer.line(OOPS);
        }
    }

    // ---------------------------------------------------------------- block actions

    /**
     * A block action must name at least one element pressed, each with an action id, before Bolt routes
     * it (Bolt reads every action's id to find the listener); one that does not is acknowledged and
     * nothing is done.
     */
    private static Response malformedActions(com.slack.api.bolt.request.Request<?> req, Response resp,
                                             com.slack.api.bolt.middleware.MiddlewareChain chain) throws Exception {
        if (req instanceof BlockActionRequest action) {
            List<BlockActionPayload.Action> actions = action.getPayload() == null ? null : action.getPayload().getActions();
            if (actions == null || actions.isEmpty() || actions.stream().anyMatch(a -> a == null || a.getActionId() == null)) {
                LOG.warn("ignored a block action that names no element pressed");
                return Response.ok();
            }
        }
        return chain.next(req);
    }

    private Response onAction(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        if (!recent.first(p.getTriggerId()) || p.getActions() == null || p.getActions().isEmpty()) {
            return ctx.ack();
        }
        BlockActionPayload.Action action = p.getActions().get(0);
        Optional<ActionRoute> route = ActionRoute.parse(action.getActionId());
        if (!usable(p.getResponseUrl())) {
            // nobody can be answered, so nothing is done
            LOG.warn("ignored a button press without a usable response_url");
            return ctx.ack();
        }
        Responder responder = new Responder(slack, p.getResponseUrl());
        if (route.isEmpty()) {
            later(responder, () -> SlackWeb.respond(responder, ReplyRenderer.line(
                    ":grey_question: I don't know that button; it may be from an older message. "
                            + "Type `/mlsec resume` to carry on where you were."), false));
            return ctx.ack();
        }
        if (route.get().kind() == ActionRoute.Kind.PICK) {
            return ctx.ack(); // a checkbox toggled; the answer is sent with Submit
        }
        if (p.getUser() == null || isBlank(p.getUser().getId())) {
            LOG.warn("ignored a button press that names no user");
            return ctx.ack();
        }
        String team = p.getTeam() != null && !isBlank(p.getTeam().getId()) ? p.getTeam().getId() : p.getUser().getTeamId();
        if (isBlank(team)) {
            return ctx.ack();
        }
        Respondent who = new Respondent(Platform.SLACK, team, p.getUser().getId());
        boolean inEphemeral = p.getContainer() != null && p.getContainer().isEphemeral();
        boolean inDm = p.getChannel() != null && p.getChannel().getId() != null && p.getChannel().getId().startsWith("D");
        Delivery delivery = inDm && !inEphemeral ? Delivery.DM : Delivery.EPHEMERAL;
        later(responder, () -> act(route.get(), action, p.getState(), who, delivery, responder));
        return ctx.ack();
    }

    private void act(ActionRoute route, BlockActionPayload.Action action, ViewState state, Respondent who,
                     Delivery delivery, Responder responder) throws IOException {
        if (route.kind() == ActionRoute.Kind.OPEN) {
            Optional<String> code = RootMessage.ON_YOUR_OWN.equals(route.id(0)) ? Optional.empty() : Optional.of(route.id(0));
            Reply reply = conversation.handle(who, new Command.Start(route.id(1), code));
            boolean fromOurEphemeral = delivery == Delivery.EPHEMERAL && !code.isPresent();
            if (!SlackWeb.respond(responder, ReplyRenderer.render(reply, Delivery.EPHEMERAL), fromOurEphemeral)) {
                // ephemeral delivery is not possible here: continue in a DM
                postInDm(who, ReplyRenderer.render(reply, Delivery.DM));
            }
            afterReply(who, reply);
            return;
        }
        if (route.kind() == ActionRoute.Kind.MOVE_TO_DM) {
            Reply reply = conversation.handle(who, new Command.Show(route.id(0)));
            if (reply instanceof Reply.Refused) {
                SlackWeb.respond(responder, ReplyRenderer.render(reply, delivery), true);
                return;
            }
            postInDm(who, ReplyRenderer.render(reply, Delivery.DM));
            SlackWeb.respond(responder, ReplyRenderer.line(":envelope: Continued in your DM with me; this message is no longer needed."), true);
            return;
        }
        Command command = command(route, action, state);
        Reply reply = conversation.handle(who, command);
        SlackWeb.respond(responder, ReplyRenderer.render(reply, delivery), true);
        afterReply(who, reply);
    }

    private static Command command(ActionRoute route, BlockActionPayload.Action action, ViewState state) {
        String sid = route.id(0);
        switch (route.kind()) {
            case ANSWER:
                return new Command.Answer(sid, route.id(1), List.of(route.id(2)));
            case SELECT:
                return new Command.Answer(sid, route.id(1), action.getSelectedOption() == null ? List.of()
                        : List.of(String.valueOf(action.getSelectedOption().getValue())));
            case SUBMIT:
                return new Command.Answer(sid, route.id(1), picked(state, ActionRoute.of(ActionRoute.Kind.PICK, sid, route.id(1))));
            case BACK:
                return new Command.Back(sid, route.id(1));
            case SKIP:
                return new Command.Skip(sid, route.id(1));
            case DONT_KNOW:
                return new Command.DontKnow(sid, route.id(1));
            case WHY:
                return new Command.Why(sid, route.id(1));
            case PAUSE:
                return new Command.Pause(sid);
            default:
                return new Command.Show(sid);
        }
    }

    /** The options ticked in the message's checkboxes or multi select, as Slack reports the message's state. */
    private static List<String> picked(ViewState state, ActionRoute pick) {
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

    private void postInDm(Respondent who, SlackMessage message) throws IOException {
        if (web.post(web.openDm(who.user()), Optional.empty(), message).isEmpty()) {
            throw new IOException("the DM could not be posted");
        }
    }

    /** After a run completes inside an assessment, the thread's progress line is brought up to date. */
    private void afterReply(Respondent who, Reply reply) {
        if (!(reply instanceof Reply.Completed completed) || completed.session().assessmentCode().isEmpty()) {
            return;
        }
        String code = completed.session().assessmentCode().get();
        Space space = who.spaceOf();
        try {
            Optional<RootMessage.Location> where = desk.rootMessage(space, code).flatMap(RootMessage.Location::decode);
            Optional<LeadDesk.Status> status = desk.status(space, code);
            if (where.isEmpty() || status.isEmpty() || LeadCommands.NO_PROGRESS_LINE.equals(where.get().progressTs())) {
                return;
            }
            String line = RootMessage.progressLine(questionnaires, status.get().completed());
            web.update(where.get().channel(), where.get().progressTs(), line);
        } catch (Exception e) {
            LOG.warn("updating an assessment's progress line failed: {}", e.getClass().getSimpleName());
        }
    }

    // ---------------------------------------------------------------- plumbing

    private interface Work {
        void run() throws Exception;
    }

    private static void runNow(Responder responder, Work work) {
        try {
            work.run();
        } catch (Exception e) {
            LOG.error("a Slack interaction failed ({})", e.getClass().getSimpleName());
            try {
                SlackWeb.respond(responder, ReplyRenderer.line(OOPS), false);
            } catch (Exception ignored) {
                // nothing more can be told
            }
        }
    }

    private void later(Responder responder, Work work) {
        try {
            executor.execute(() -> runNow(responder, work));
        } catch (RejectedExecutionException busy) {
            // the queue is full: do the work on this request thread rather than drop someone's step;
            // the acknowledgement waits, which slows the senders down instead of losing their answers
            runNow(responder, work);
        }
    }
}
