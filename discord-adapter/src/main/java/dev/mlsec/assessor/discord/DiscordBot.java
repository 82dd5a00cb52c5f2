package dev.mlsec.assessor.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import dev.mlsec.assessor.core.lead.RootMessages;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord bot: one JDA connection (one shard) that receives interactions over the gateway and
 * answers them through the REST API. No privileged intent; everything else comes
 * through interactions. Registers {@code /mlsec} on start, in the development guild when one is set.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    private static final int SLOW_THREADS = 2;
    private static final int SLOW_QUEUE = 64;

    private final JDA jda;
    private final ThreadPoolExecutor slow;
    private final RestFailures failures;
    private final RootMessages roots;

    private DiscordBot(JDA jda, ThreadPoolExecutor slow, RestFailures failures, RootMessages roots) {
        this.jda = jda;
        this.roots = roots;
        this.slow = slow;
        this.failures = failures;
    }

    /** Connects, waits until ready (at most {@code readyTimeout}) and registers the commands. */
    public static DiscordBot start(DiscordSettings settings, AssessorServices services, Duration readyTimeout)
            throws InterruptedException {
        noMentions();
        // JDA's default for a failed request nobody handles is an ERROR with a long stack trace
        RestFailures failures = new RestFailures();
        RestAction.setDefaultFailure(failures);
        ThreadPoolExecutor slow = slowWork();
        CountDownLatch readyLatch = new CountDownLatch(1);
        EventListener ready = event -> {
            if (event instanceof ReadyEvent) {
                readyLatch.countDown();
            }
        };
        JDABuilder builder = JDABuilder.createLight(settings.token(), EnumSet.noneOf(GatewayIntent.class))
                .addEventListeners(ready)
                .setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()))
                .setEnableShutdownHook(false)
                .setEventPassthrough(true)
                .addEventListeners(new InteractionHandler(services, settings, slow));
        settings.gatewayUrl().ifPresent(url -> builder
                .setSessionController(new FixedGateway(url))
                .setCompression(Compression.NONE));
        JDA jda = builder.build();
        DiscordBot bot = new DiscordBot(jda, slow, failures, new DiscordRootMessages(settings));
        try {
            if (!readyLatch.await(readyTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Discord did not get ready within " + readyTimeout.toSeconds() + " s");
            }
            bot.registerCommands(settings, services);
        } catch (InterruptedException | RuntimeException e) {
            bot.close();
            throw e;
        }
        return bot;
    }

    /**
     * No message of the bot may ping anyone, whatever its text: every message, the fixed replies
     * included, is sent with {@code allowed_mentions} that parse nothing and name no one (the bot
     * never replies to a message, so there is no replied user to ping either).
     */
    private static void noMentions() {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    }

    private void registerCommands(DiscordSettings settings, AssessorServices services) {
        var command = MlsecCommand.definition(services.questionnaires());
        if (settings.devGuildId().isPresent()) {
            Guild guild = jda.getGuildById(settings.devGuildId().get());
            if (guild != null) {
                guild.updateCommands().addCommands(command).complete();
                LOG.info("Discord: /mlsec registered in the development guild");
                return;
            }
            LOG.warn("Discord: the development guild is not available; registering /mlsec globally");
        }
        jda.updateCommands().addCommands(command).complete();
        LOG.info("Discord: /mlsec registered globally");
    }

    /** How many interactions Discord no longer knew when the bot acknowledged them (10062). */
    public long lateAcknowledgements() {
        return failures.late();
    }

    /** Whether no slow work is queued or running (work handed on after an acknowledgement). */
    boolean idle() {
        return slow.getQueue().isEmpty() && slow.getActiveCount() == 0;
    }

    /** Where the core sends a reminder's direct message to a Discord user. */
    public dev.mlsec.assessor.core.remind.DirectMessages directMessages() {
        return new DiscordDirectMessages(jda);
    }

    /** Where the core tells this bot that an assessment of a Discord server has a new status. */
    public RootMessages rootMessages() {
        return roots;
    }

    public JDA jda() {
        return jda;
    }

    /** Disconnects and stops the slow-work threads, waiting briefly for work in flight. */
    @Override
    public void close() {
        jda.shutdown();
        slow.shutdown();
        try {
            if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
                jda.shutdownNow();
            }
            slow.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        }
    }

    private static ThreadPoolExecutor slowWork() {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(SLOW_THREADS, SLOW_THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(SLOW_QUEUE), r -> {
                    Thread t = new Thread(r, "discord-work-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Connects to a configured gateway instead of asking Discord for one. */
    static final class FixedGateway extends ConcurrentSessionController {
        private final String url;

        FixedGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }
}
