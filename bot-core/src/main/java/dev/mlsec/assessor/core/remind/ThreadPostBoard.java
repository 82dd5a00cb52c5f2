package dev.mlsec.assessor.core.remind;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.identity.Platform;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The thread posts of every connected channel: a reminder goes to the channel of its root message's platform. */
public final class ThreadPostBoard implements ThreadPosts {

    private final Map<Platform, ThreadPosts> channels = new ConcurrentHashMap<>();

    public void attach(Platform platform, ThreadPosts channel) {
        channels.put(platform, channel);
    }

    public void detach(Platform platform) {
        channels.remove(platform);
    }

    /** False when no channel of that platform is connected here, so the reminder waits for one that is. */
    @Override
    public boolean post(RootLocation where, ThreadReminder reminder) {
        ThreadPosts channel = channels.get(where.platform());
        return channel != null && channel.post(where, reminder);
    }
}
