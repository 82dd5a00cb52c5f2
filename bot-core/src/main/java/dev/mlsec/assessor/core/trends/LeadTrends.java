package dev.mlsec.assessor.core.trends;

/**
 * The trends a lead is shown: everyone's answers and bands, across every workspace and server using
 * this bot, and the band spread of the lead's own space where at least k of its assessments are scored.
 */
public record LeadTrends(TrendsReport everyone, BandSpread ownSpace) {
}
