package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.delivery.RecentDeliveries;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.view.ChannelWords;
import dev.mlsec.assessor.core.view.Press;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Discord interactions, once each, and hands them on: lead subcommands to the
 * {@link DiscordLeadCommands}, everything a respondent does to the {@link RespondentFlow}. It
 * acknowledges, and says so plainly when something failed; it decides nothing else.
 */
final class InteractionHandler extends ListenerAdapter {

    static final String NOT_A_LEAD = "Only leads can do that: " + DiscordLeads.WHO + ".";
    static final String NOT_IN_DMS = LeadDesk.OUTSIDE_A_SPACE;
    static final String NOT_OURS = ChannelWords.UNKNOWN_CONTROL;
    static final String CODE_NEEDS_SERVER = ChannelWords.CODE_NEEDS_SPACE;
    static final String UNREADABLE = ChannelWords.UNREADABLE;

    private static final Logger LOG = LoggerFactory.getLogger(InteractionHandler.class);

    private final AssessorServices services;
    private final RespondentFlow respondents;
    private final DiscordLeadCommands leads;
    private final DiscordReminders reminders;
    private final DiscordHome home;
    private final RecentDeliveries recent = new RecentDeliveries(1000);

    InteractionHandler(AssessorServices services, DiscordSettings settings, ExecutorService slow) {
        this.services = services;
        this.respondents = new RespondentFlow(services.engine());
        this.leads = new DiscordLeadCommands(services.desk(), settings, slow);
        this.reminders = new DiscordReminders(services.remindMe(), respondents);
        this.home = new DiscordHome(services, settings, respondents, slow);
    }

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
        Respondent who = respondent(event);
        if (DiscordRoutes.LEAD_VERBS.contains(sub)) {
            leads.run(event, sub, who);
            return;
        }
        if ("home".equals(sub)) {
            home.show(event, who);
            return;
        }
        if ("help".equals(sub)) {
            event.reply(help()).setEphemeral(true).setAllowedMentions(List.of()).queue();
            return;
        }
        event.deferReply(true).queue();
        Optional<Command> command = "resume".equals(sub)
                ? Optional.of(new Command.Resume(Optional.ofNullable(event.getOption("questionnaire", OptionMapping::getAsString))))
                : RespondentFlow.start(event.getGuild() != null, event.getOption("questionnaire", "", OptionMapping::getAsString),
                        Optional.ofNullable(event.getOption("code", OptionMapping::getAsString))).map(Command.class::cast);
        if (command.isEmpty()) {
            event.getHook().editOriginal(ChannelWords.CODE_NEEDS_SPACE).queue();
            return;
        }
        respondents.show(event, who, command.get());
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!recent.first(event.getId())) {
            return;
        }
        try {
            if (!MlsecCommand.NAME.equals(event.getName()) || event.getGuild() == null) {
                event.replyChoices(List.of()).queue();
                return;
            }
            event.replyChoices(leads.suggestions(event, respondent(event), 25).stream()
                    .map(a -> new net.dv8tion.jda.api.interactions.commands.Command.Choice(
                            ReplyMessages.clip(a.code() + " — " + a.name(), 100), a.code()))
                    .toList()).queue();
        } catch (RuntimeException e) {
            LOG.warn("autocomplete failed: {}", e.getClass().getSimpleName());
            if (!event.isAcknowledged()) {
                event.replyChoices(List.of()).queue();
            }
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (!recent.first(event.getId())) {
            return;
        }
        try {
            Optional<CustomIds.Parsed> parsed = CustomIds.parse(event.getComponentId());
            if (parsed.isPresent() && DiscordHome.handles(parsed.get())) {
                home.press(event, respondent(event), parsed.get());
                return;
            }
            if (parsed.isPresent() && CustomIds.START.equals(parsed.get().kind()) && parsed.get().has(2)) {
                event.deferReply(true).queue();
                Optional<Command.Start> start = RespondentFlow.start(event.getGuild() != null, parsed.get().parts().get(1),
                        Optional.of(parsed.get().parts().get(0)));
                if (start.isEmpty()) {
                    event.getHook().editOriginal(ChannelWords.CODE_NEEDS_SPACE).queue();
                    return;
                }
                respondents.show(event, respondent(event), start.get());
                return;
            }
            if (parsed.isPresent() && DiscordReminders.handles(parsed.get())) {
                reminders.press(event, respondent(event), parsed.get());
                return;
            }
            respondents.inPlace(event, respondent(event), parsed.flatMap(DiscordRoutes::button).map(Press::command));
        } catch (RuntimeException e) {
            failed(event, e);
        }
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        if (!recent.first(event.getId())) {
            return;
        }
        try {
            respondents.inPlace(event, respondent(event), CustomIds.parse(event.getComponentId())
                    .flatMap(id -> DiscordRoutes.menu(id, event.getValues())).map(Press::command));
        } catch (RuntimeException e) {
            failed(event, e);
        }
    }

    /** An interaction that failed before the engine answered: the person is told plainly, and only them. */
    private static void failed(IReplyCallback event, RuntimeException e) {
        LOG.warn("interaction failed: {}", e.getClass().getSimpleName());
        if (event.isAcknowledged()) {
            event.getHook().sendMessage(ChannelWords.FAILED).setEphemeral(true).queue(ok -> { }, gone -> { });
        } else {
            event.reply(ChannelWords.FAILED).setEphemeral(true).queue(ok -> { }, gone -> { });
        }
    }

    private static Respondent respondent(Interaction event) {
        String space = event.getGuild() != null ? event.getGuild().getId() : "dm:" + event.getUser().getId();
        return new Respondent(Platform.DISCORD, space, event.getUser().getId());
    }

    static String help() {
        return ChannelWords.help(Platform.DISCORD);
    }
}
