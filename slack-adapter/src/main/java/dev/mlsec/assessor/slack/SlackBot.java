package dev.mlsec.assessor.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.bolt.util.Responder;
import dev.mlsec.assessor.core.delivery.RecentDeliveries;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.lead.RootMessages;
import dev.mlsec.assessor.core.remind.DirectMessages;
import dev.mlsec.assessor.core.remind.RemindMeDesk;
import dev.mlsec.assessor.core.view.ChannelWords;
import dev.mlsec.assessor.questions.Questionnaire;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack bot: on the Bolt {@link App} of its {@link BoltConnection}, {@code /mlsec} commands and
 * button presses are acknowledged at once and handed on, a respondent's to the {@link RespondentSteps},
 * a lead's to the {@link LeadCommands}, on the {@link Workers}; presses go through the {@link ButtonPresses}. Logs never carry user, channel or team ids.
 */
public final class SlackBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
    static final String NO_RESPONSE_URL = "Slack sent this command without a way for me to answer it, so nothing was done. "
            + "Please try again.";

    private final SlackSettings settings;
    private final Conversation conversation;
    private final List<Questionnaire> questionnaires;
    private final Slack slack;
    private final BoltConnection connection;
    private final LeadCommands leads;
    private final SlackRootMessages roots;
    private final SlackReminders reminders;
    private final Workers workers;
    private final RecentDeliveries recent = new RecentDeliveries(1000);
    private final LeadDesk desk;
    private final ButtonPresses presses;

    public SlackBot(SlackSettings settings, Conversation conversation, LeadDesk desk, List<Questionnaire> questionnaires) {
        this(settings, conversation, desk, questionnaires, Workers.defaultExecutor());
    }

    /** With the executor slow work runs on; the bot shuts it down on {@link #stop()}. */
    public SlackBot(SlackSettings settings, Conversation conversation, LeadDesk desk, List<Questionnaire> questionnaires,
                    ExecutorService executor) {
        this(settings, conversation, desk, Optional.empty(), questionnaires, executor);
    }

    /** With the core's desk for "Remind me" presses, on the default executor. */
    public SlackBot(SlackSettings settings, Conversation conversation, LeadDesk desk, Optional<RemindMeDesk> remindMe,
                    List<Questionnaire> questionnaires) {
        this(settings, conversation, desk, remindMe, questionnaires, Workers.defaultExecutor());
    }

    /** With the core's desk for "Remind me" presses; without one such a press is an unknown control. */
    public SlackBot(SlackSettings settings, Conversation conversation, LeadDesk desk, Optional<RemindMeDesk> remindMe,
                    List<Questionnaire> questionnaires, ExecutorService executor) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.questionnaires = List.copyOf(questionnaires);
        this.desk = desk;
        this.workers = new Workers(Objects.requireNonNull(executor, "executor"));
        this.connection = new BoltConnection(settings);
        this.slack = connection.slack();
        App app = connection.app();
        SlackWeb web = new SlackWeb(slack.methods(settings.botToken()));
        this.leads = new LeadCommands(desk.with(new LeadPolicy(settings.leads(), web.methods(), Clock.systemUTC())), web);
        this.roots = new SlackRootMessages(web, executor);
        this.reminders = new SlackReminders(remindMe, web);
        this.presses = new ButtonPresses(slack, workers, recent, new RespondentSteps(conversation, web), reminders);
        app.command(SlashCommand.NAME, this::onCommand);
        app.blockAction(Pattern.compile(".*"), presses::onAction);
    }

    /**
     * Turns the App Home on: published when a person opens it, after their steps, and when an
     * assessment's status changes while they have it open (call before {@link #start()}).
     */
    public SlackBot home(HomeService homes) {
        SlackWeb web = new SlackWeb(slack.methods(settings.botToken()));
        LeadPolicy policy = new LeadPolicy(settings.leads(), web.methods(), Clock.systemUTC());
        SlackHome tab = new SlackHome(homes.with(policy), conversation, new HomeReports(desk.with(policy), web), web, workers);
        connection.app().event(AppHomeOpenedEvent.class, tab::opened);
        presses.home(tab);
        roots.alsoTell(tab::statusChanged);
        return this;
    }

    /** The Bolt app, for the HTTP endpoint. */
    public App app() {
        return connection.app();
    }

    public SlackSettings settings() {
        return settings;
    }

    /** Where the core tells this bot that an assessment of a Slack workspace has a new status. */
    public RootMessages rootMessages() {
        return roots;
    }

    /** Where the core sends a reminder's direct message to a Slack user. */
    public DirectMessages directMessages() {
        return reminders;
    }

    /** Starts the app; in Socket Mode also connects to Slack with the app-level token. */
    public void start() {
        connection.start();
    }

    /** Disconnects, lets running work finish (a few seconds at most) and stops the executor. */
    public void stop() {
        connection.stop();
        workers.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private Response onCommand(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        if (!recent.first(p.getTriggerId())) {
            return ctx.ack();
        }
        if (SlackRoutes.isBlank(p.getTeamId()) || SlackRoutes.isBlank(p.getUserId())) {
            LOG.warn("refused a slash command that names no team or no user");
            return ack(ctx, ReplyRenderer.line(ChannelWords.NO_SENDER));
        }
        SlashCommand command = SlashCommand.parse(p.getText());
        Respondent who = new Respondent(Platform.SLACK, p.getTeamId(), p.getUserId());
        if (command instanceof SlashCommand.Help) {
            return ack(ctx, ReplyRenderer.line(ChannelWords.help(Platform.SLACK)));
        }
        if (command instanceof SlashCommand.Invalid invalid) {
            return ack(ctx, ReplyRenderer.line(invalid.message()));
        }
        if (command instanceof SlashCommand.Start start && start.questionnaireId().isEmpty()) {
            return ack(ctx, RootMessage.chooser(questionnaires));
        }
        if (command instanceof SlashCommand.Start start) {
            SlackMessage shown = engine(who, new Command.Start(start.questionnaireId().get(), Optional.empty()));
            presses.refreshHome(who);
            return ack(ctx, shown);
        }
        if (command instanceof SlashCommand.Resume) {
            SlackMessage shown = engine(who, new Command.Resume(Optional.empty()));
            presses.refreshHome(who);
            return ack(ctx, shown);
        }
        if (!SlackRoutes.usable(p.getResponseUrl())) {
            LOG.warn("refused a lead command without a usable response_url");
            return ack(ctx, ReplyRenderer.line(NO_RESPONSE_URL));
        }
        LeadRequest request = LeadCommands.request(command).orElseThrow();
        Responder responder = new Responder(slack, p.getResponseUrl());
        workers.later(responder, () -> leads.run(request, who, p.getChannelId(), responder));
        return ctx.ack();
    }

    private static Response ack(SlashCommandContext ctx, SlackMessage message) {
        return ctx.ack(SlashCommandResponse.builder().responseType("ephemeral").text(message.text())
                .blocks(message.blocks()).build());
    }

    private SlackMessage engine(Respondent who, Command command) {
        try {
            return ReplyRenderer.render(conversation.handle(who, command), Delivery.EPHEMERAL);
        } catch (RuntimeException e) {
            LOG.error("the engine failed on {} ({})", command.getClass().getSimpleName(), e.getClass().getSimpleName());
            return ReplyRenderer.line(ChannelWords.FAILED);
        }
    }
}
