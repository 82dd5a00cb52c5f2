package dev.mlsec.assessor.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.lead.Leads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is a lead: configured user ids, and the members of configured user groups (from
 * {@code usergroups.users.list}, cached for a few minutes).
 */
final class LeadPolicy implements Leads {

    private static final Logger LOG = LoggerFactory.getLogger(LeadPolicy.class);
    private static final Duration CACHE = Duration.ofMinutes(5);

    private final Set<String> users;
    private final Set<String> groups;
    private final MethodsClient methods;
    private final Clock clock;
    private final Map<String, Members> cache = new ConcurrentHashMap<>();

    private record Members(Set<String> users, Instant fetched) {
    }

    LeadPolicy(Set<String> leads, MethodsClient methods, Clock clock) {
        this.users = leads.stream().filter(id -> !id.startsWith("S")).collect(Collectors.toUnmodifiableSet());
        this.groups = leads.stream().filter(id -> id.startsWith("S")).collect(Collectors.toUnmodifiableSet());
        this.methods = methods;
        this.clock = clock;
    }

    @Override
    public Standing standing(Respondent person) {
        return isLead(person.user()) ? Standing.LEAD : Standing.NOT_A_LEAD;
    }

    /** The configured leads as Slack mentions, users first, then user groups. */
    @Override
    public List<String> named(Space space) {
        List<String> names = new java.util.ArrayList<>();
        users.stream().sorted().forEach(u -> names.add("<@" + u + ">"));
        groups.stream().sorted().forEach(g -> names.add("<!subteam^" + g + ">"));
        return names;
    }

    private boolean isLead(String userId) {
        if (users.contains(userId)) {
            return true;
        }
        for (String group : groups) {
            if (members(group).contains(userId)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> members(String group) {
        Instant now = clock.instant();
        Members cached = cache.get(group);
        if (cached != null && cached.fetched().plus(CACHE).isAfter(now)) {
            return cached.users();
        }
        try {
            UsergroupsUsersListResponse response = methods.usergroupsUsersList(r -> r.usergroup(group));
            if (!response.isOk()) {
                LOG.warn("usergroups.users.list failed: {}", response.getError());
                return cached == null ? Set.of() : cached.users();
            }
            Set<String> members = Set.copyOf(response.getUsers() == null ? List.of() : response.getUsers());
            cache.put(group, new Members(members, now));
            return members;
        } catch (Exception e) {
            LOG.warn("usergroups.users.list failed: {}", e.getClass().getSimpleName());
            return cached == null ? Set.of() : cached.users();
        }
    }
}
