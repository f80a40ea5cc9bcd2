package cn.jast.plan.domain.society;

/** The small value records of a society's profile. */
public final class SocietyFacts {
    private SocietyFacts() {
    }

    /**
     * A recorded integrity incident (ELIG-3). A year or kind that is not given is null: an incident
     * whose year is not given cannot be shown to lie outside the earlier years.
     */
    public record IntegrityIncident(Integer year, IncidentKind kind) {
    }

    /**
     * A project of the society that failed its final assessment in {@code year} (ELIG-5). A year or
     * category that is not given is null, and cannot be shown to lie outside the bar.
     */
    public record FailedAssessment(Integer year, String category) {
    }

    /**
     * The society took part in JAST's comprehensive capability evaluation (省科协学会综合能力评价) of
     * {@code year} (ELIG-2); recorded by the office. A year that is not given is null and serves no
     * plan year.
     */
    public record CapabilityEvaluation(Integer year) {
    }

    /**
     * The civil-affairs annual inspection (省民政厅年检) of {@code year} and its result (ELIG-2);
     * recorded by the office. A year or result that is not given is null.
     */
    public record InspectionResult(Integer year, AnnualInspection result) {
    }

    /** The secretariat's team (COND-FIRST_CLASS-2); a count that is not given is null. */
    public record Staff(Integer fullTime, Integer partTime) {
    }

    /** A journal of the society, with its CN number (COND-QUALITY_JOURNAL-1). */
    public record Journal(String title, String cn, Boolean sponsor) {
    }

    /** An award the society has set up (COND-SERVICE_PLATFORM-3). */
    public record Award(String name, Boolean registeredWithProvincialDept) {
    }
}
