package dev.mlsec.assessor.app.discord;

import dev.mlsec.assessor.app.config.CoreConfiguration.CheckedSettings;
import dev.mlsec.assessor.app.config.MlsecProperties;
import dev.mlsec.assessor.app.ops.ChannelStatus;
import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.RootMessageBoard;
import dev.mlsec.assessor.core.remind.DirectMessageBoard;
import dev.mlsec.assessor.core.remind.RemindMeDesk;
import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.discord.AssessorServices;
import dev.mlsec.assessor.discord.DiscordBot;
import dev.mlsec.assessor.discord.DiscordSettings;
import dev.mlsec.assessor.discord.DiscordThreadPosts;
import dev.mlsec.assessor.core.remind.ThreadPostBoard;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Discord, when a bot token is configured and the app serves channels. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${mlsec.channels.enabled:true}' == 'true' and '${mlsec.discord.bot-token:}' != ''")
public class DiscordChannelConfiguration {

    @Bean
    DiscordSettings discordSettings(CheckedSettings checked) {
        MlsecProperties.Discord d = checked.properties().discord();
        return new DiscordSettings(d.botToken(), d.restUrl(), nonEmpty(d.gatewayUrl()), nonEmpty(d.devGuildId()),
                nonEmpty(d.leadRole()));
    }

    @Bean
    DiscordLifecycle discordLifecycle(DiscordSettings settings, ConversationEngine engine, LeadDesk desk,
                                      RootMessageBoard roots, RemindMeDesk remindMe, DirectMessageBoard directMessages,
                                      HomeService homes, ThreadPostBoard threadPosts) {
        return new DiscordLifecycle(settings, new AssessorServices(engine, desk, java.util.Optional.of(homes),
                java.util.Optional.of(remindMe)), roots, directMessages, threadPosts);
    }

    /** Interactions Discord no longer knew when the bot acknowledged them (10062), as {@code mlsec_discord_late_acknowledgements_total}. */
    @Bean
    MeterBinder discordLateAcknowledgements(DiscordLifecycle lifecycle) {
        return registry -> FunctionCounter.builder("mlsec.discord.late.acknowledgements", lifecycle,
                        DiscordLifecycle::lateAcknowledgements)
                .description("Interactions that expired before the bot acknowledged them (Discord's 10062)").register(registry);
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Connects Discord with the app, disconnects it first on shutdown; reports whether it is connected. */
    static final class DiscordLifecycle implements SmartLifecycle, ChannelStatus {
        private final DiscordSettings settings;
        private final AssessorServices services;
        private volatile DiscordBot bot;

        private final RootMessageBoard roots;
        private final DirectMessageBoard directMessages;
        private final ThreadPostBoard threadPosts;

        DiscordLifecycle(DiscordSettings settings, AssessorServices services, RootMessageBoard roots,
                         DirectMessageBoard directMessages, ThreadPostBoard threadPosts) {
            this.threadPosts = threadPosts;
            this.directMessages = directMessages;
            this.roots = roots;
            this.settings = settings;
            this.services = services;
        }

        @Override
        public void start() {
            try {
                bot = DiscordBot.start(settings, services, Duration.ofSeconds(30));
                roots.attach(Platform.DISCORD, bot.rootMessages());
                directMessages.attach(Platform.DISCORD, bot.directMessages());
                threadPosts.attach(Platform.DISCORD, new DiscordThreadPosts(settings));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while connecting to Discord", e);
            }
        }

        @Override
        public void stop() {
            DiscordBot running = bot;
            bot = null;
            roots.detach(Platform.DISCORD);
            threadPosts.detach(Platform.DISCORD);
            if (running != null) {
                running.close();
            }
        }

        @Override
        public boolean isRunning() {
            return bot != null;
        }

        @Override
        public String name() {
            return "discord";
        }

        @Override
        public String mode() {
            return "gateway";
        }

        @Override
        public boolean isConnected() {
            DiscordBot running = bot;
            return running != null && running.jda().getStatus() == JDA.Status.CONNECTED;
        }

        /** Late acknowledgements so far, of this run of the bot (a counter that only grows while it runs). */
        double lateAcknowledgements() {
            DiscordBot running = bot;
            return running == null ? 0 : running.lateAcknowledgements();
        }

        /** The running bot, for tests. */
        DiscordBot bot() {
            return bot;
        }
    }
}
