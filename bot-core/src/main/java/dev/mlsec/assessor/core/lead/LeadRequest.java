package dev.mlsec.assessor.core.lead;

import java.util.Objects;

/** What a lead asks for, in any channel. Codes and formats are as typed: the desk checks them. */
public sealed interface LeadRequest {

    /** A request about one assessment, named by the code the lead typed. */
    sealed interface OfAssessment extends LeadRequest {
        String code();
    }

    /** Create an assessment of the named ML system; a private one withholds its scores until k answer sets each. */
    record New(String systemName, boolean isPrivate) implements LeadRequest {
        public New {
            Objects.requireNonNull(systemName, "systemName");
        }

        public New(String systemName) {
            this(systemName, false);
        }
    }

    /** How many completed each questionnaire of an assessment. */
    record Status(String code) implements OfAssessment {
        public Status {
            Objects.requireNonNull(code, "code");
        }
    }

    /** An assessment's report; {@code share} puts it where the assessment's root message is. */
    record Report(String code, boolean share) implements OfAssessment {
        public Report {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Trends across everyone, and of the lead's own space where there are enough. */
    record Trends() implements LeadRequest {
    }

    /** An assessment's anonymous answers as a file, {@code csv} or {@code json}. */
    record Export(String code, String format) implements OfAssessment {
        public Export {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * Every completed run of every assessment as a file, {@code csv} or {@code json}: for the operator
     * of the installation only, never a lead in a chat.
     */
    record ExportAll(String format) implements LeadRequest {
        public ExportAll {
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * The trends across everyone as a file, {@code markdown} or {@code json}: for the operator of the
     * installation only, never a lead in a chat.
     */
    record ExportTrends(String format) implements LeadRequest {
        public ExportTrends {
            Objects.requireNonNull(format, "format");
        }
    }

    /** Open the next round of the assessment's ML system. */
    record NextRound(String code) implements OfAssessment {
        public NextRound {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Close an assessment's round: no more answers, its report frozen. */
    record Close(String code) implements OfAssessment {
        public Close {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Set how often reminders are posted in an assessment's thread ({@code every 3d}), or {@code off}; as typed. */
    record Remind(String code, String cadence) implements OfAssessment {
        public Remind {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(cadence, "cadence");
        }
    }

    /** Schedule the next rounds of the assessment's system ({@code every 90d}), or stop them ({@code off}). */
    record Schedule(String code, String cadence) implements OfAssessment {
        public Schedule {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(cadence, "cadence");
        }
    }
}
