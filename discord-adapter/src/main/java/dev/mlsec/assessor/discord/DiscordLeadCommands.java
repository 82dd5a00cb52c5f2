package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.view.ChannelWords;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lead subcommands in Discord: read into a {@link LeadRequest}, refused privately when the desk
 * refuses them, otherwise acknowledged (in public for a new assessment and a shared report) and
 * answered by the desk on the slow executor.
 */
final class DiscordLeadCommands {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordLeadCommands.class);

    private final LeadDesk desk;
    private final DiscordSettings settings;
    private final Executor slow;

    DiscordLeadCommands(LeadDesk desk, DiscordSettings settings, Executor slow) {
        this.desk = desk;
        this.settings = settings;
        this.slow = slow;
    }

    /** The assessments offered while a person types a code: the desk offers them to the server's leads only. */
    List<Assessment> suggestions(CommandAutoCompleteInteractionEvent event, Respondent who, int limit) {
        return desk.with(new DiscordLeads(event, settings.leadRoleId())).suggestions(who, event.getFocusedOption().getValue(), limit);
    }

    void run(SlashCommandInteractionEvent event, String sub, Respondent who) {
        Optional<Boolean> share = flag(event, "share");
        if (share.isEmpty()) {
            event.reply(ChannelWords.UNREADABLE).setEphemeral(true).queue();
            return;
        }
        Optional<LeadRequest> asked = request(event, sub, share.get());
        if (asked.isEmpty()) {
            return;
        }
        LeadRequest request = asked.get();
        LeadDesk here = desk.with(new DiscordLeads(event, settings.leadRoleId()));
        Optional<LeadAnswer> refused = here.refusal(who, request);
        if (refused.isPresent()) {
            // refused before anything is acknowledged in public: only the asker sees it
            event.reply(MessageCreateData.class.cast(LeadMessages.draw(refused.get()))).setEphemeral(true).queue();
            return;
        }
        // a new round is news for the channel, and is posted here when the last round's message is not known
        boolean inPublic = request instanceof LeadRequest.New || request instanceof LeadRequest.NextRound || share.get();
        event.deferReply(!inPublic).queue();
        InteractionHook hook = event.getHook();
        Runnable work = () -> {
            try {
                LeadAnswer answer = here.handle(who, request);
                hook.editOriginal(MessageEditData.fromCreateData(LeadMessages.draw(answer))).queue();
                Optional<String> posted = answer instanceof LeadAnswer.Created created ? Optional.of(created.root().code())
                        : answer instanceof LeadAnswer.RoundOpened opened && opened.postHere() ? Optional.of(opened.root().code())
                        : Optional.empty();
                if (posted.isPresent()) {
                    hook.retrieveOriginal().queue(message -> here.placeRoot(who, posted.get(),
                            new RootLocation(Platform.DISCORD, DiscordRootMessages.where(event.getChannelId(), message.getId()))),
                            failure -> LOG.warn("the assessment's message was not found"));
                }
            } catch (RuntimeException e) {
                LOG.warn("slash command {} failed: {}", sub, e.getClass().getSimpleName());
                hook.editOriginal(ChannelWords.FAILED).queue();
            }
        };
        try {
            slow.execute(work);
        } catch (RejectedExecutionException full) {
            hook.editOriginal(ChannelWords.BUSY).queue();
        }
    }

    /** The request of the subcommand; empty once an unreadable or misplaced option is answered in one sentence. */
    private static Optional<LeadRequest> request(SlashCommandInteractionEvent event, String sub, boolean share) {
        Optional<Boolean> isPrivate = flag(event, "private");
        if (isPrivate.isEmpty()) {
            event.reply(ChannelWords.UNREADABLE).setEphemeral(true).queue();
            return Optional.empty();
        }
        try {
            return Optional.of("new".equals(sub) ? DiscordRoutes.newAssessment(option(event, "name", ""), isPrivate.get())
                    : DiscordRoutes.lead(sub, option(event, "name", ""), option(event, "code", ""), share,
                    option(event, "format", "csv"), option(event, "every", "")).orElseThrow());
        } catch (AssessorException refused) {
            event.reply(refused.getMessage()).setEphemeral(true).queue();
            return Optional.empty();
        }
    }

    private static String option(SlashCommandInteractionEvent event, String name, String otherwise) {
        return event.getOption(name, otherwise, OptionMapping::getAsString);
    }

    /** A boolean option, false when absent; empty when it is of another type (a stale command registration). */
    private static Optional<Boolean> flag(SlashCommandInteractionEvent event, String name) {
        OptionMapping option = event.getOption(name);
        if (option == null) {
            return Optional.of(false);
        }
        return option.getType() == OptionType.BOOLEAN ? Optional.of(option.getAsBoolean()) : Optional.empty();
    }
}
