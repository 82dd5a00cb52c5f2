package dev.mlsec.assessor.core.lead;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.identity.Platform;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The root messages of every connected channel: a status goes to the channel of the location's platform. */
public final class RootMessageBoard implements RootMessages {

    private final Map<Platform, RootMessages> channels = new ConcurrentHashMap<>();

    /** The channel that draws root messages of this platform, from now on. */
    public void attach(Platform platform, RootMessages channel) {
        channels.put(platform, channel);
    }

    public void detach(Platform platform) {
        channels.remove(platform);
    }

    @Override
    public void statusChanged(RootLocation where, RootView view) {
        channels.getOrDefault(where.platform(), NONE).statusChanged(where, view);
    }

    @Override
    public void roundOpened(RootLocation previous, RootView next, String note, java.util.function.Consumer<RootLocation> placed) {
        channels.getOrDefault(previous.platform(), NONE).roundOpened(previous, next, note, placed);
    }
}
