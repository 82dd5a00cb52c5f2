package dev.mlsec.assessor.core.remind;

import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The direct messages of every connected channel: a message goes to the channel of its person's platform. */
public final class DirectMessageBoard implements DirectMessages {

    private final Map<Platform, DirectMessages> channels = new ConcurrentHashMap<>();

    public void attach(Platform platform, DirectMessages channel) {
        channels.put(platform, channel);
    }

    /** False when no channel of that platform is connected here, so the item waits for one that is. */
    @Override
    public boolean send(Respondent to, DirectMessage message) {
        DirectMessages channel = channels.get(to.platform());
        return channel != null && channel.send(to, message);
    }
}
