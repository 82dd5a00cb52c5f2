package dev.mlsec.assessor.slack;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Respondent;

/** What the adapter asks of the conversation engine: one command in, one reply out. */
@FunctionalInterface
public interface Conversation {

    Reply handle(Respondent respondent, Command command);
}
