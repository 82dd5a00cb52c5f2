package dev.mlsec.assessor.core.report;

import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.core.scoring.Driver;
import dev.mlsec.assessor.core.scoring.Recommendation;
import dev.mlsec.assessor.core.scoring.RiskPicture;
import dev.mlsec.assessor.questions.catalogue.AttackProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The compact text of a report for chat messages, drawn once here so every channel shows the same:
 * per attack its figures, the answers that drove its likelihood and what defends it, and its standard
 * ids; per recommendation its references. Plain text; channels add their own emphasis.
 */
public final class ChatSummary {

    private ChatSummary() {
    }

    /** The figures of one attack in one line. */
    public static String figures(RiskPicture p, AttackScore s) {
        return s.residual() + " " + s.band().id() + " · impact " + s.impact() + " · " + likelihoodWord(p) + " " + s.exposure()
                + " · mitigation " + s.mitigation();
    }

    /** Why: at most two likelihood drivers and the strongest defence, then the standard ids, in one line; empty for 1.x pictures. */
    public static String why(RiskPicture p, AttackScore s) {
        List<Driver> drivers = p.drivers(s.attack());
        if (drivers.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        drivers.stream().filter(d -> d.part() == Driver.Part.LIKELIHOOD).limit(2).forEach(d -> parts.add(d.line()));
        drivers.stream().filter(d -> d.part() == Driver.Part.MITIGATION).limit(1).forEach(d -> parts.add(d.line()));
        AttackProfile profile = p.profiles().get(s.attack());
        String ids = profile == null ? "" : String.join(", ", concat(profile.nist(), profile.techniques(), profile.owasp()));
        return "Why: " + String.join("; ", parts) + (ids.isEmpty() ? "" : " · " + ids);
    }

    /** A recommendation with its references in brackets. */
    public static String recommendation(Recommendation r) {
        String cite = r.citation();
        return cite.isEmpty() ? r.text() : r.text() + " [" + cite + "]";
    }

    /** "likelihood" for the 2.x model, "exposure" for the 1.x one. */
    public static String likelihoodWord(RiskPicture p) {
        return p.model().startsWith("1.") ? "exposure" : "likelihood";
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).collect(Collectors.toList());
    }
}
