package dev.mlsec.assessor.core.testing;

import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.lead.Leads;
import java.util.List;

/** A channel's lead policy where the person with this user id is the lead, in every space, and nobody else is. */
public record OneLead(String user) implements Leads {

    @Override
    public Standing standing(Respondent person) {
        return person.user().equals(user) ? Standing.LEAD : Standing.NOT_A_LEAD;
    }

    @Override
    public List<String> named(Space space) {
        return List.of("<@" + user + ">");
    }
}
