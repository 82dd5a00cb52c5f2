package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.delivery.RecentDeliveries;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.export.AnswerExport;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.trends.TrendsRenderer;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.internal.requests.RestActionImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Discord interactions into engine commands and service calls, and the answers into messages.
 * Every interaction is acknowledged at once (deferred, ephemeral decided first); the work and the
 * real message follow through the interaction's hook, slow work on a bounded executor.
 */
final class InteractionHandler extends ListenerAdapter {

    static final String NOT_A_LEAD = "Only members with Manage Server or the assessment lead role can do that.";
    static final String NOT_IN_DMS = "That only works in a server: assessments belong to the server they were created in.";
    static final String NOT_OURS = "That button is not one I recognise. Use `/mlsec resume` to see where you are.";
    static final String CODE_NEEDS_SERVER = "Assessment codes work only in the server the assessment belongs to: "
            + "start there, with the button on the assessment's message or `/mlsec start`. Only you see your questions.";
    static final String UNREADABLE = "I could not read that command's options. `/mlsec help` shows how to use it.";
    static final String BUSY = "I am busy right now; please try again in a minute.";
    static final String FAILED = "Something went wrong on my side; nothing was changed. Please try again.";

    private static final Logger LOG = LoggerFactory.getLogger(InteractionHandler.class);

    private final AssessorServices services;
    private final DiscordSettings settings;
    private final ExecutorService slow;
    private final RecentDeliveries recent = new RecentDeliveries(1000);

    InteractionHandler(AssessorServices services, DiscordSettings settings, ExecutorService slow) {
        this.services = services;
        this.settings = settings;
        this.slow = slow;
    }

    // ---- slash commands ----

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!MlsecCommand.NAME.equals(event.getName()) || !recent.first(event.getId())) {
            return;
        }
        try {
            slashCommand(event);
        } catch (RuntimeException e) {
            failed(event, e);
        }
    }

    private void slashCommand(SlashCommandInteractionEvent event) {
        String sub = String.valueOf(event.getSubcommandName());
        Optional<Boolean> share = "report".equals(sub) ? flag(event, "share") : Optional.of(false);
        if (share.isEmpty()) {
            event.reply(UNREADABLE).setEphemeral(true).queue();
            return;
        }
        boolean ephemeral = !"new".equals(sub) && !share.get();
        switch (sub) {
            case "new", "report", "trends", "export", "status" -> {
                Optional<String> refusal = leadRefusal(event);
                if (refusal.isPresent()) {
                    event.reply(refusal.get()).setEphemeral(true).queue();
                    return;
                }
            }
            default -> {
            }
        }
        if ("new".equals(sub)) {
            try {
                AssessmentService.validName(event.getOption("name", "", OptionMapping::getAsString));
            } catch (AssessorException invalid) {
                // refused before the reply is deferred as a visible one: only the lead sees it
                event.reply(invalid.getMessage()).setEphemeral(true).queue();
                return;
            }
        }
        event.deferReply(ephemeral).queue();
        InteractionHook hook = event.getHook();
        Runnable work = () -> {
            try {
                hook.editOriginal(MessageEditData.fromCreateData(slash(event, sub, hook))).queue();
            } catch (AssessorException e) {
                hook.editOriginal(e.getMessage()).queue();
            } catch (RuntimeException e) {
                LOG.warn("slash command {} failed: {}", sub, e.getClass().getSimpleName());
                hook.editOriginal(FAILED).queue();
            }
        };
        submit(work, hook);
    }

    private MessageCreateData slash(SlashCommandInteractionEvent event, String sub, InteractionHook hook) {
        Respondent who = respondent(event);
        switch (sub) {
            case "new":
                return createAssessment(event, hook);
            case "start":
                return start(event, event.getOption("questionnaire", "", OptionMapping::getAsString),
                        Optional.ofNullable(event.getOption("code", OptionMapping::getAsString)))
                        .map(start -> ReplyMessages.render(services.engine().handle(who, start)))
                        .orElseGet(() -> ReplyMessages.text(CODE_NEEDS_SERVER));
            case "resume":
                return ReplyMessages.render(services.engine().handle(who, new Command.Resume(
                        Optional.ofNullable(event.getOption("questionnaire", OptionMapping::getAsString)))));
            case "report":
                return ReportMessages.render(services.reports().report(space(event), code(event)));
            case "status":
                return ReplyMessages.text(services.reports().status(space(event), code(event)).line());
            case "trends":
                return ReplyMessages.text(TrendsRenderer.markdown(services.trends().trends()));
            case "export":
                return export(event);
            default:
                return ReplyMessages.text(help());
        }
    }

    private MessageCreateData createAssessment(SlashCommandInteractionEvent event, InteractionHook hook) {
        Assessment assessment = services.assessments().create(space(event), event.getOption("name", "", OptionMapping::getAsString));
        MessageCreateData root = RootMessage.render(assessment, services.questionnaires(),
                services.reports().status(assessment));
        hook.retrieveOriginal().queue(message -> services.assessments().rememberLocation(assessment.code(),
                event.getChannelId() + "/" + message.getId()), failure -> LOG.warn("root message not found"));
        return root;
    }

    private MessageCreateData export(SlashCommandInteractionEvent event) {
        String code = code(event);
        services.assessments().require(space(event), code);
        AnswerExport.Format format = AnswerExport.Format.parse(event.getOption("format", "csv", OptionMapping::getAsString))
                .orElse(AnswerExport.Format.CSV);
        StringWriter out = new StringWriter();
        services.exports().assessment(code, format, out);
        String name = "answers-" + code + "." + format.name().toLowerCase();
        return new net.dv8tion.jda.api.utils.messages.MessageCreateBuilder()
                .setContent("Anonymous answers of " + code + ", one row per answer.")
                .setFiles(FileUpload.fromData(out.toString().getBytes(StandardCharsets.UTF_8), name)).build();
    }

    /** A boolean option, false when absent; empty when it is of another type (a stale command registration). */
    private static Optional<Boolean> flag(SlashCommandInteractionEvent event, String name) {
        OptionMapping option = event.getOption(name);
        if (option == null) {
            return Optional.of(false);
        }
        return option.getType() == OptionType.BOOLEAN ? Optional.of(option.getAsBoolean()) : Optional.empty();
    }

    /**
     * Starting a questionnaire, of an assessment when a code is given. The engine accepts only a code
     * of the respondent's own server (another server's is refused exactly like an unknown one); in a DM,
     * where no server is known, a code is refused here with how to use it instead (empty).
     */
    private static Optional<Command.Start> start(Interaction event, String questionnaire, Optional<String> code) {
        if (code.isPresent() && event.getGuild() == null) {
            return Optional.empty();
        }
        return Optional.of(new Command.Start(questionnaire, code));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!recent.first(event.getId())) {
            return;
        }
        try {
            autocomplete(event);
        } catch (RuntimeException e) {
            LOG.warn("autocomplete failed: {}", e.getClass().getSimpleName());
            if (!event.isAcknowledged()) {
                event.replyChoices(List.of()).queue();
            }
        }
    }

    private void autocomplete(CommandAutoCompleteInteractionEvent event) {
        // the list of a server's assessments (codes and system names, from every channel) is for its
        // leads, as reports are; a member starts from the assessment's message or the code given to them
        if (!MlsecCommand.NAME.equals(event.getName()) || event.getGuild() == null || leadRefusal(event).isPresent()) {
            event.replyChoices(List.of()).queue();
            return;
        }
        String typed = event.getFocusedOption().getValue().toUpperCase();
        List<net.dv8tion.jda.api.interactions.commands.Command.Choice> choices = services.assessments()
                .ofSpace(space(event), 50).stream()
                .filter(a -> a.code().startsWith(typed) || a.name().toUpperCase().contains(typed))
                .limit(25)
                .map(a -> new net.dv8tion.jda.api.interactions.commands.Command.Choice(
                        ReplyMessages.clip(a.code() + " — " + a.name(), 100), a.code()))
                .toList();
        event.replyChoices(choices).queue();
    }

    // ---- components ----

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (!recent.first(event.getId())) {
            return;
        }
        try {
            button(event);
        } catch (RuntimeException e) {
            failed(event, e);
        }
    }

    private void button(ButtonInteractionEvent event) {
        Optional<CustomIds.Parsed> parsed = CustomIds.parse(event.getComponentId());
        if (parsed.isPresent() && CustomIds.START.equals(parsed.get().kind()) && parsed.get().has(2)) {
            CustomIds.Parsed ids = parsed.get();
            event.deferReply(true).queue();
            Optional<Command.Start> start = start(event, ids.parts().get(1), Optional.of(ids.parts().get(0)));
            if (start.isEmpty()) {
                event.getHook().editOriginal(CODE_NEEDS_SERVER).queue();
                return;
            }
            handleAndShow(event, start.get());
            return;
        }
        Optional<Command> command = parsed.flatMap(InteractionHandler::buttonCommand);
        answerInPlace(event, command);
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        if (!recent.first(event.getId())) {
            return;
        }
        try {
            Optional<Command> command = CustomIds.parse(event.getComponentId())
                    .filter(p -> CustomIds.MENU.equals(p.kind()) && (p.has(2) || p.has(3)))
                    .map(p -> new Command.Answer(p.parts().get(0), p.parts().get(1), event.getValues()));
            answerInPlace(event, command);
        } catch (RuntimeException e) {
            failed(event, e);
        }
    }

    /** An interaction that failed before the engine answered: the person is told plainly, and only them. */
    private static void failed(IReplyCallback event, RuntimeException e) {
        LOG.warn("interaction failed: {}", e.getClass().getSimpleName());
        if (event.isAcknowledged()) {
            event.getHook().sendMessage(FAILED).setEphemeral(true).queue(ok -> { }, gone -> { });
        } else {
            event.reply(FAILED).setEphemeral(true).queue(ok -> { }, gone -> { });
        }
    }

    private void answerInPlace(net.dv8tion.jda.api.interactions.components.ComponentInteraction event,
                               Optional<Command> command) {
        if (command.isEmpty()) {
            event.reply(NOT_OURS).setEphemeral(true).queue();
            return;
        }
        event.deferEdit().queue();
        Optional<Reply> reply = handleAndShow(event, command.get());
        if (reply.isPresent() && reply.get() instanceof Reply.Completed completed) {
            completed.session().assessmentCode().ifPresent(code -> refreshRoot(event, code));
        }
    }

    /** Runs a command and shows the engine's reply in the (deferred) original; a failure says so plainly. */
    private Optional<Reply> handleAndShow(net.dv8tion.jda.api.interactions.callbacks.IDeferrableCallback event,
                                          Command command) {
        try {
            Reply reply = services.engine().handle(respondent(event), command);
            event.getHook().editOriginal(MessageEditData.fromCreateData(ReplyMessages.render(reply))).queue();
            return Optional.of(reply);
        } catch (RuntimeException e) {
            LOG.warn("interaction failed: {}", e.getClass().getSimpleName());
            event.getHook().sendMessage(FAILED).setEphemeral(true).queue();
            return Optional.empty();
        }
    }

    static Optional<Command> buttonCommand(CustomIds.Parsed id) {
        List<String> p = id.parts();
        switch (id.kind()) {
            case CustomIds.ANSWER:
                return id.has(3) ? Optional.of(new Command.Answer(p.get(0), p.get(1), List.of(p.get(2)))) : Optional.empty();
            case CustomIds.DONT_KNOW:
                return id.has(2) ? Optional.of(new Command.DontKnow(p.get(0), p.get(1))) : Optional.empty();
            case CustomIds.SKIP:
                return id.has(2) ? Optional.of(new Command.Skip(p.get(0), p.get(1))) : Optional.empty();
            case CustomIds.BACK:
                return id.has(2) ? Optional.of(new Command.Back(p.get(0), p.get(1))) : Optional.empty();
            case CustomIds.WHY:
                return id.has(2) ? Optional.of(new Command.Why(p.get(0), p.get(1))) : Optional.empty();
            case CustomIds.PAUSE:
                return id.has(1) ? Optional.of(new Command.Pause(p.get(0))) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** Updates the counts on the assessment's message, found only through its sealed location. */
    private void refreshRoot(Interaction event, String code) {
        try {
            Optional<String> location = services.assessments().location(code);
            Optional<Assessment> assessment = services.assessments().findAnywhere(code);
            if (location.isEmpty() || assessment.isEmpty() || location.get().indexOf('/') < 0) {
                return;
            }
            String[] where = location.get().split("/", 2);
            MessageCreateData root = RootMessage.render(assessment.get(), services.questionnaires(),
                    services.reports().status(assessment.get()));
            new RestActionImpl<Void>(event.getJDA(), Route.Messages.EDIT_MESSAGE.compile(where[0], where[1]),
                    MessageEditData.fromCreateData(root).toData())
                    .queue(ok -> { }, failure -> LOG.info("assessment message could not be updated"));
        } catch (RuntimeException e) {
            LOG.info("assessment message could not be updated: {}", e.getClass().getSimpleName());
        }
    }

    // ---- who and where ----

    private static Respondent respondent(Interaction event) {
        String space = event.getGuild() != null ? event.getGuild().getId() : "dm:" + event.getUser().getId();
        return new Respondent(Platform.DISCORD, space, event.getUser().getId());
    }

    private static Space space(Interaction event) {
        return new Space(Platform.DISCORD, event.getGuild().getId());
    }

    private static String code(SlashCommandInteractionEvent event) {
        return event.getOption("code", "", OptionMapping::getAsString);
    }

    private Optional<String> leadRefusal(Interaction event) {
        if (event.getGuild() == null) {
            return Optional.of(NOT_IN_DMS);
        }
        Member member = event.getMember();
        if (member == null) {
            return Optional.of(NOT_A_LEAD);
        }
        try {
            // the interaction carries the member's permissions in this channel; they need no guild cache
            if (member.hasPermission(event.getGuildChannel(), Permission.MANAGE_SERVER)
                    || member.hasPermission(event.getGuildChannel(), Permission.ADMINISTRATOR)) {
                return Optional.empty();
            }
        } catch (RuntimeException unavailable) {
            LOG.info("member permissions unavailable: {}", unavailable.getClass().getSimpleName());
        }
        if (settings.leadRoleId().isPresent() && roleIds(event).contains(settings.leadRoleId().get())) {
            return Optional.empty();
        }
        return Optional.of(NOT_A_LEAD);
    }

    /**
     * The member's role ids as the interaction carries them (the gateway payload, passed through): a
     * member of a guild the bot does not cache has no resolvable roles otherwise.
     */
    private static List<String> roleIds(Interaction event) {
        try {
            Member member = event.getMember();
            if (member != null && !member.isDetached()) {
                return member.getRoles().stream().map(Role::getId).toList();
            }
        } catch (RuntimeException unavailable) {
            // fall through to the raw payload
        }
        DataObject raw = event instanceof GenericEvent generic ? generic.getRawData() : null;
        if (raw == null) {
            return List.of();
        }
        DataArray roles = raw.optObject("d").flatMap(d -> d.optObject("member")).flatMap(m -> m.optArray("roles"))
                .orElse(DataArray.empty());
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < roles.length(); i++) {
            ids.add(roles.getString(i));
        }
        return ids;
    }

    private void submit(Runnable work, InteractionHook hook) {
        try {
            slow.execute(work);
        } catch (RejectedExecutionException full) {
            hook.editOriginal(BUSY).queue();
        }
    }

    static String help() {
        return """
                **MLSec Assessor** asks three short questionnaires about how exposed an ML system is to \
                poisoning, evasion, model stealing and training-data inference, and scores the risk per attack.
                - `/mlsec new name:<system>` (leads): create an assessment; its message here has a button per questionnaire.
                - `/mlsec start questionnaire:<which> [code]`: answer, in a message only you can see (DMs work too, without a code).
                - `/mlsec resume`: continue where you left off.
                - `/mlsec status|report|export code:<code>` and `/mlsec trends` (leads): results, anonymised.
                Answers are anonymous: nobody can tell who gave them.""";
    }
}
