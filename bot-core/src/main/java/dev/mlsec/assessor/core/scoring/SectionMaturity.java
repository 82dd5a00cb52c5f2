package dev.mlsec.assessor.core.scoring;

/** How mature the defences of one section of the security questionnaire are, 0.0 (none) to 3.0 (established). */
public record SectionMaturity(String sectionId, String title, double level) {
}
