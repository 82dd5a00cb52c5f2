package dev.mlsec.assessor.app.ops;

import dev.mlsec.assessor.app.config.CoreConfiguration.CheckedSettings;
import dev.mlsec.assessor.app.config.StoreConnection;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One log line at start: which channels are live, which store is used, where the data directory is. */
@Component
public class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final List<ChannelStatus> channels;
    private final StoreConnection store;
    private final CheckedSettings settings;

    public StartupReport(List<ChannelStatus> channels, StoreConnection store, CheckedSettings settings) {
        this.channels = channels;
        this.store = store;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void report(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String live = channels.isEmpty() ? "none (set SLACK_BOT_TOKEN or DISCORD_BOT_TOKEN)"
                : channels.stream().map(c -> c.name() + " (" + c.mode() + ")").collect(Collectors.joining(", "));
        LOG.info("MLSec Assessor is ready on port {}. Channels: {}. Store: {}. Data directory: {}.",
                web.getWebServer().getPort(), live, store.description(), settings.properties().dataDir().toAbsolutePath().normalize());
    }
}
