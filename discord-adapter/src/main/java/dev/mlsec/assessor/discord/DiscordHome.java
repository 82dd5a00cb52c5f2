package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.view.ChannelWords;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /mlsec home} and its buttons: the person's home as a reply only they see; Resume and Start
 * turn it into the question through the engine (which checks every id), a page button redraws it,
 * Report gives a lead the desk's report, refused like {@code /mlsec report} to anyone else.
 */
final class DiscordHome {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordHome.class);
    static final String NOT_AVAILABLE = "The home is not available here yet; use `/mlsec resume` or `/mlsec start`.";
    private static final Set<String> KINDS = Set.of(HomeMessage.RESUME, HomeMessage.START, HomeMessage.REPORT, HomeMessage.PAGE);

    private final Optional<HomeService> homes;
    private final AssessorServices services;
    private final DiscordSettings settings;
    private final RespondentFlow respondents;
    private final ExecutorService slow;

    DiscordHome(AssessorServices services, DiscordSettings settings, RespondentFlow respondents, ExecutorService slow) {
        this.homes = services.home();
        this.services = services;
        this.settings = settings;
        this.respondents = respondents;
        this.slow = slow;
    }

    static boolean handles(CustomIds.Parsed id) {
        return KINDS.contains(id.kind()) && id.has(1);
    }

    /** {@code /mlsec home}: the first page, only for the asker. */
    void show(SlashCommandInteractionEvent event, Respondent who) {
        if (homes.isEmpty()) {
            event.reply(NOT_AVAILABLE).setEphemeral(true).queue();
            return;
        }
        event.deferReply(true).queue();
        later(event.getHook(), () -> event.getHook().editOriginal(
                MessageEditData.fromCreateData(HomeMessage.render(here(event).of(who, 1)))).queue());
    }

    /** A press on a home's button. */
    void press(ButtonInteractionEvent event, Respondent who, CustomIds.Parsed id) {
        String part = id.parts().get(0);
        switch (id.kind()) {
            case HomeMessage.RESUME -> respondents.inPlace(event, who, Optional.of(new Command.Show(part)));
            case HomeMessage.START -> respondents.inPlace(event, who, Optional.of(new Command.Start(part, Optional.empty())));
            case HomeMessage.PAGE -> {
                if (homes.isEmpty()) {
                    event.reply(NOT_AVAILABLE).setEphemeral(true).queue();
                    return;
                }
                event.deferEdit().queue();
                later(event.getHook(), () -> event.getHook().editOriginal(
                        MessageEditData.fromCreateData(HomeMessage.render(here(event).of(who, page(part))))).queue());
            }
            default -> {
                event.deferReply(true).queue();
                later(event.getHook(), () -> {
                    LeadAnswer answer = services.desk().with(new DiscordLeads(event, settings.leadRoleId()))
                            .handle(who, new LeadRequest.Report(part, false));
                    event.getHook().editOriginal(MessageEditData.fromCreateData(LeadMessages.draw(answer))).queue();
                });
            }
        }
    }

    private HomeService here(Interaction event) {
        return homes.orElseThrow().with(new DiscordLeads(event, settings.leadRoleId()));
    }

    /** Runs slow work (the store) off the gateway thread; a failure or a full queue is said plainly. */
    private void later(InteractionHook hook, Runnable work) {
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("a home interaction failed: {}", e.getClass().getSimpleName());
                hook.editOriginal(ChannelWords.FAILED).queue();
            }
        };
        try {
            slow.execute(guarded);
        } catch (RejectedExecutionException full) {
            hook.editOriginal(ChannelWords.BUSY).queue();
        }
    }

    private static int page(String typed) {
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
