package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.lead.Leads;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who leads, as one interaction tells it: members with Manage Server (or Administrator) in the
 * channel, and members with the configured lead role. A DM is outside any server.
 */
final class DiscordLeads implements Leads {

    /** Who leads, in words. */
    static final String WHO = "members with Manage Server or the assessment lead role";

    private static final Logger LOG = LoggerFactory.getLogger(DiscordLeads.class);

    private final Interaction event;
    private final Optional<String> leadRoleId;

    DiscordLeads(Interaction event, Optional<String> leadRoleId) {
        this.event = event;
        this.leadRoleId = leadRoleId;
    }

    @Override
    public Standing standing(Respondent person) {
        if (event.getGuild() == null) {
            return Standing.OUTSIDE_A_SPACE;
        }
        Member member = event.getMember();
        if (member == null) {
            return Standing.NOT_A_LEAD;
        }
        try {
            // the interaction carries the member's permissions in this channel; they need no guild cache
            if (member.hasPermission(event.getGuildChannel(), Permission.MANAGE_SERVER)
                    || member.hasPermission(event.getGuildChannel(), Permission.ADMINISTRATOR)) {
                return Standing.LEAD;
            }
        } catch (RuntimeException unavailable) {
            LOG.info("member permissions unavailable: {}", unavailable.getClass().getSimpleName());
        }
        return leadRoleId.isPresent() && roleIds().contains(leadRoleId.get()) ? Standing.LEAD : Standing.NOT_A_LEAD;
    }

    @Override
    public List<String> named(Space space) {
        return List.of(WHO);
    }

    /**
     * The member's role ids as the interaction carries them (the gateway payload, passed through): a
     * member of a guild the bot does not cache has no resolvable roles otherwise.
     */
    private List<String> roleIds() {
        try {
            Member member = event.getMember();
            if (member != null && !member.isDetached()) {
                return member.getRoles().stream().map(Role::getId).toList();
            }
        } catch (RuntimeException unavailable) {
            // fall through to the raw payload
        }
        DataObject raw = event instanceof GenericEvent generic ? generic.getRawData() : null;
        if (raw == null) {
            return List.of();
        }
        DataArray roles = raw.optObject("d").flatMap(d -> d.optObject("member")).flatMap(m -> m.optArray("roles"))
                .orElse(DataArray.empty());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < roles.length(); i++) {
            ids.add(roles.getString(i));
        }
        return ids;
    }
}
