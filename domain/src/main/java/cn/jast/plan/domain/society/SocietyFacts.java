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
