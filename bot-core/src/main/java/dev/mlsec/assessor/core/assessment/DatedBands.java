package dev.mlsec.assessor.core.assessment;

import java.time.LocalDate;
import java.util.Objects;

/** A scored assessment's bands with its code and the day it was created: what trends over time need of it. */
public record DatedBands(String code, LocalDate createdOn, RiskBands bands) {

    public DatedBands {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(bands, "bands");
    }
}
