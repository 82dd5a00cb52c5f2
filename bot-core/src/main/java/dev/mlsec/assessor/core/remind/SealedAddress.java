package dev.mlsec.assessor.core.remind;

import dev.mlsec.assessor.core.assessment.LocationSeal;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import java.util.Optional;

/**
 * A person's address (platform, workspace or guild, user id), sealed with AES-GCM under a key derived
 * from the server secret, as root message locations are. The pseudonym cannot be turned back into an
 * address; only this sealed value can, and it is kept only while a reminder waits.
 */
final class SealedAddress {

    private final LocationSeal seal;

    SealedAddress(LocationSeal seal) {
        this.seal = seal;
    }

    String seal(Respondent who) {
        return seal.seal(who.platform().name() + "|" + who.space() + "|" + who.user());
    }

    Optional<Respondent> open(String sealed) {
        return seal.open(sealed).flatMap(SealedAddress::decode);
    }

    private static Optional<Respondent> decode(String text) {
        String[] parts = text.split("\\|", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        for (Platform p : Platform.values()) {
            if (p.name().equals(parts[0])) {
                return Optional.of(new Respondent(p, parts[1], parts[2]));
            }
        }
        return Optional.empty();
    }
}
