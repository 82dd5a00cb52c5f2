package dev.mlsec.assessor.core.remind;

import dev.mlsec.assessor.core.assessment.RootLocation;

/** Where a channel posts a reminder in an assessment's thread (beside its root message). */
public interface ThreadPosts {

    ThreadPosts NONE = (where, reminder) -> false;

    /** True when the platform took the post. */
    boolean post(RootLocation where, ThreadReminder reminder);
}
