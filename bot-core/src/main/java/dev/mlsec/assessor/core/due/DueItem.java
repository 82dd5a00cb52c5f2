package dev.mlsec.assessor.core.due;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something to do at an instant: a reminder to send, a round to open. {@code id} names it (one item per
 * id: scheduling again replaces it), {@code kind} says which job does it, {@code data} is what that job
 * needs, already sealed where it would tell anything about a person.
 */
public record DueItem(String id, String kind, Instant due, Map<String, String> data) {

    public DueItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        data = Map.copyOf(data);
    }

    public DueItem at(Instant next) {
        return new DueItem(id, kind, next, data);
    }
}
