package dev.mlsec.assessor.core.assessment;

import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.core.scoring.Band;
import dev.mlsec.assessor.core.scoring.RiskPicture;
import dev.mlsec.assessor.questions.Attack;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The residual-risk band of each attack of one scored assessment: all that trends keep of it. */
public record RiskBands(Map<Attack, Band> byAttack) {

    public RiskBands {
        byAttack = Map.copyOf(byAttack);
    }

    public static RiskBands of(RiskPicture picture) {
        Map<Attack, Band> bands = new EnumMap<>(Attack.class);
        for (AttackScore score : picture.attacks()) {
            bands.put(score.attack(), score.band());
        }
        return new RiskBands(bands);
    }

    public Optional<Band> of(Attack attack) {
        return Optional.ofNullable(byAttack.get(attack));
    }
}
