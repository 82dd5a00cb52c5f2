package dev.mlsec.assessor.app.slack;

import dev.mlsec.assessor.app.config.CoreConfiguration.CheckedSettings;
import dev.mlsec.assessor.app.config.MlsecProperties;
import dev.mlsec.assessor.app.ops.ChannelStatus;
import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.RootMessageBoard;
import dev.mlsec.assessor.core.remind.DirectMessageBoard;
import dev.mlsec.assessor.core.remind.RemindMeDesk;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.slack.SlackBot;
import dev.mlsec.assessor.slack.SlackHttpEndpoint;
import dev.mlsec.assessor.slack.SlackThreadPosts;
import dev.mlsec.assessor.core.remind.ThreadPostBoard;
import dev.mlsec.assessor.slack.SlackSettings;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Slack, when a bot token is configured and the app serves channels. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${mlsec.channels.enabled:true}' == 'true' and '${mlsec.slack.bot-token:}' != ''")
public class SlackChannelConfiguration {

    @Bean
    SlackSettings slackSettings(CheckedSettings checked) {
        MlsecProperties.Slack s = checked.properties().slack();
        return SlackSettings.of(s.botToken(), s.signingSecret(), s.appToken(), String.join(",", s.leads()))
                .withApiUrl(s.apiUrl());
    }

    @Bean(destroyMethod = "close")
    SlackBot slackBot(SlackSettings settings, ConversationEngine engine, LeadDesk desk, List<Questionnaire> questionnaires,
                      RootMessageBoard roots, RemindMeDesk remindMe, DirectMessageBoard directMessages, HomeService homes,
                      ThreadPostBoard threadPosts) {
        SlackBot bot = new SlackBot(settings, engine::handle, desk, java.util.Optional.of(remindMe), questionnaires).home(homes);
        roots.attach(Platform.SLACK, bot.rootMessages());
        directMessages.attach(Platform.SLACK, bot.directMessages());
        threadPosts.attach(Platform.SLACK, SlackThreadPosts.of(settings));
        return bot;
    }

    @Bean
    SlackHttpEndpoint slackHttpEndpoint(SlackBot bot) {
        return new SlackHttpEndpoint(bot);
    }

    @Bean
    SlackLifecycle slackLifecycle(SlackBot bot, SlackSettings settings) {
        return new SlackLifecycle(bot, settings);
    }

    /** Starts Slack with the app, stops it first on shutdown; reports whether it is connected. */
    static final class SlackLifecycle implements SmartLifecycle, ChannelStatus {
        private final SlackBot bot;
        private final SlackSettings settings;
        private volatile boolean running;

        SlackLifecycle(SlackBot bot, SlackSettings settings) {
            this.bot = bot;
            this.settings = settings;
        }

        @Override
        public void start() {
            bot.start();
            running = true;
        }

        @Override
        public void stop() {
            running = false;
            bot.stop();
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public String name() {
            return "slack";
        }

        @Override
        public String mode() {
            return settings.socketMode() ? "Socket Mode" : "HTTP at /slack/events";
        }

        @Override
        public boolean isConnected() {
            return running;
        }
    }
}
