package dev.mlsec.assessor.core.remind;

import dev.mlsec.assessor.core.identity.Respondent;

/** Where a channel sends a person a direct message. */
public interface DirectMessages {

    /** True when the platform took the message; false (logged without ids) when it did not. */
    boolean send(Respondent to, DirectMessage message);
}
