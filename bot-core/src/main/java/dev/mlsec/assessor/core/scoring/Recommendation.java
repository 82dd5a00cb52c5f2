package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.questions.Attack;
import java.util.List;

/**
 * A measure the answers point to: a control that is missing.
 *
 * @param text      what to do
 * @param attacks   the attacks it reduces
 * @param priority  the highest residual risk among those attacks (0..100)
 * @param reduction how much residual risk, summed over the attacks, putting the control fully in place
 *                  takes away (rounded; ranking uses the unrounded value)
 * @param chosenBy  how many completed runs gave an answer that calls for it
 * @param controlId the control's id in the catalogue; empty for recommendations of the 1.x model
 * @param organisational whether it is an organisational measure (it then cites no ATLAS mitigation)
 * @param owasp     OWASP Machine Learning Security Top 10 ids it addresses
 * @param atlas     MITRE ATLAS mitigation ids it implements
 */
public record Recommendation(String text, List<Attack> attacks, int priority, int reduction, int chosenBy,
                             String controlId, boolean organisational, List<String> owasp, List<String> atlas) {

    public Recommendation {
        attacks = List.copyOf(attacks);
        owasp = List.copyOf(owasp);
        atlas = List.copyOf(atlas);
    }

    /** A recommendation of the 1.x model, which carries no control and no references. */
    public Recommendation(String text, List<Attack> attacks, int priority, int reduction, int chosenBy) {
        this(text, attacks, priority, reduction, chosenBy, "", false, List.of(), List.of());
    }

    /** The standard ids it cites, OWASP first, in one line; says so when it implements no ATLAS mitigation. */
    public String citation() {
        if (owasp.isEmpty() && atlas.isEmpty()) {
            return "";
        }
        String a = atlas.isEmpty() ? (organisational ? "organisational, no ATLAS mitigation" : "no ATLAS mitigation")
                : String.join(", ", atlas);
        return String.join(", ", owasp) + "; " + a;
    }
}
