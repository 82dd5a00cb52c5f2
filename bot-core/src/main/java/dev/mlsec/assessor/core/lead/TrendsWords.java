package dev.mlsec.assessor.core.lead;

import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.trends.BandSpread;
import dev.mlsec.assessor.core.trends.LeadTrends;
import dev.mlsec.assessor.core.trends.TrendsRenderer;

/**
 * The trends a lead reads, saying exactly what they cover: everyone's answers and bands across every
 * workspace and server this bot serves (as the heading says), then the bands of the lead's own space
 * once k of its assessments are scored.
 */
final class TrendsWords {

    private TrendsWords() {
    }

    static String markdown(LeadTrends trends, Platform platform) {
        String space = platform == Platform.DISCORD ? "server" : "workspace";
        StringBuilder md = new StringBuilder(TrendsRenderer.markdown(trends.everyone()));
        md.append("\n## Residual-risk bands of this ").append(space).append("'s assessments\n\n");
        BandSpread own = trends.ownSpace();
        if (own.perAttack().isEmpty()) {
            md.append(own.withheld()).append('\n');
            return md.toString();
        }
        md.append(own.assessmentsScored()).append(" scored assessments.\n\n").append(TrendsRenderer.bandTable(own.perAttack().get()));
        return md.toString();
    }
}
