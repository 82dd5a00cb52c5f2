package dev.mlsec.assessor.core.due;

import java.util.Objects;

/**
 * An item one instance has claimed: nobody else gets it until the claim expires. {@code token} tells
 * this claim apart from a later one on the same item, so an instance whose claim expired cannot
 * complete or release what another now holds.
 */
public record Claim(DueItem item, String token) {

    public Claim {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(token, "token");
    }
}
