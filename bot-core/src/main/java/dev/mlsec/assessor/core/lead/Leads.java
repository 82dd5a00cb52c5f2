package dev.mlsec.assessor.core.lead;

import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import java.util.List;

/** The one thing a channel decides about leads: is this person a lead where they ask? */
public interface Leads {

    /** Where a person stands. */
    enum Standing {
        /** may use the lead verbs here */
        LEAD,
        /** is in a workspace or server, but not one of its leads */
        NOT_A_LEAD,
        /** asks from no workspace or server at all (a direct message), where no assessment lives */
        OUTSIDE_A_SPACE
    }

    Standing standing(Respondent person);

    /** The leads of a space in the channel's own words (mentions, a role), for the refusal a non-lead gets. */
    List<String> named(Space space);

    /** Nobody is a lead: a desk no channel has given its policy yet. */
    Leads NOBODY = new Leads() {
        @Override
        public Standing standing(Respondent person) {
            return Standing.NOT_A_LEAD;
        }

        @Override
        public List<String> named(Space space) {
            return List.of();
        }
    };

    /** Everyone is a lead: for tests of the desk itself. */
    Leads EVERYONE = new Leads() {
        @Override
        public Standing standing(Respondent person) {
            return Standing.LEAD;
        }

        @Override
        public List<String> named(Space space) {
            return List.of();
        }
    };
}
