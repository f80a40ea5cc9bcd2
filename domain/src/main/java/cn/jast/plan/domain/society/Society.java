package cn.jast.plan.domain.society;

import cn.jast.plan.domain.society.SocietyFacts.FailedAssessment;
import cn.jast.plan.domain.society.SocietyFacts.IntegrityIncident;

import java.util.Objects;

/**
 * A society (学会) as the system keeps it: its code, its name, and the profile facts the rules read.
 * The profile changes through intention-named methods: the office records inspections, incidents
 * and assessment failures; the society keeps its own facts up to date.
 */
public class Society {
    private String code;
    private String name;
    private SocietyProfile profile;
    private long version;

    /** For the persistence mapper only. */
    protected Society() {
    }

    public Society(SocietyId id, String name, SocietyProfile profile) {
        this.code = Objects.requireNonNull(id, "id").value();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a society needs a name");
        }
        this.name = name;
        this.profile = withIdentity(Objects.requireNonNull(profile, "profile"));
    }

    public SocietyId id() {
        return new SocietyId(code);
    }

    public String name() {
        return name;
    }

    public SocietyProfile profile() {
        return profile;
    }

    public long version() {
        return version;
    }

    /** Replaces the profile facts; the code and name in the profile are always the society's own. */
    public void updateProfile(SocietyProfile newProfile) {
        this.profile = withIdentity(Objects.requireNonNull(newProfile, "newProfile"));
    }

    /**
     * The society declares its own facts; the office-recorded ones stay as the office recorded them
     * (the caller refuses an attempt to change those first, {@link SocietyProfile#officeFactsChangedBy}).
     */
    public void declare(SocietyProfile declared) {
        this.profile = withIdentity(profile.declaredBy(Objects.requireNonNull(declared, "declared")));
    }

    /** The office records the facts that decide eligibility that {@code recorded} gives (ELIG-1, 2, 3, 5). */
    public void record(SocietyProfile recorded) {
        this.profile = withIdentity(profile.recordedBy(Objects.requireNonNull(recorded, "recorded")));
    }

    /** IV.2: a failed final assessment bars the society from the same category the next year (ELIG-5). */
    public void recordFailedAssessment(int planYear, String category) {
        this.profile = profile.withFailedAssessment(new FailedAssessment(planYear, category));
    }

    /** II.2.3: misconduct found in a plan project (ELIG-3). */
    public void recordIntegrityIncident(IntegrityIncident incident) {
        this.profile = profile.withIntegrityIncident(incident);
    }

    private SocietyProfile withIdentity(SocietyProfile p) {
        return new SocietyProfile(code, name, p.type(), p.affiliatedToJast(), p.capabilityEvaluations(),
                p.annualInspections(), p.integrityIncidents(), p.failedAssessments(), p.partyWorkingGroup(),
                p.independentPartyBranch(), p.staff(), p.professionalSecretariatStaff(), p.journals(), p.awards());
    }

    @Override
    public String toString() {
        return "Society[" + code + ", " + name + "]";
    }
}
