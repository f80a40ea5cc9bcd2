package cn.jast.plan.web.society;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.domain.society.SocietyType;
import cn.jast.plan.domain.support.FieldError;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.audit.AuditEntry;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.refusal.InvalidInput;
import cn.jast.plan.web.refusal.StaleVersion;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Societies and their profiles: the office sees all; a society's account only its own. */
@ApplicationScoped
@Transactional
public class SocietyService {
    /** Looked up once: each of jakarta.json.Json's static methods looks the provider up again (a class-path scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    PlanService plans;

    @Inject
    Clock clock;

    /** The configuration property of the longest line a society declares: a journal's title, an award's name (#8). */
    public static final String MAX_TEXT_LENGTH = "jast.profile.max-text-length";

    @Inject
    @ConfigProperty(name = MAX_TEXT_LENGTH, defaultValue = "200")
    int maxTextLength;

    public List<Society> all() {
        access.require(Roles.OFFICE);
        return new SocietyRepository(em).all();
    }

    /** The audit action of a society's registration by the office. */
    public static final String CREATE_ACTION = "society.create";

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    /** The longest name of a society (the column holds 300). */
    public static final int MAX_NAME_LENGTH = 300;

    /**
     * The office registers a society (issue #13: an installation without the demo gets its societies
     * here): its code (1 to 32 letters, digits or . _ -, first a letter or digit), its name and, when
     * known, the facts that decide ELIG-1 (type, affiliated to JAST). Every other fact is null until the
     * society declares it or the office records it ({@link #recordFacts}). Refused, naming the field,
     * for a malformed or taken code, a missing or overlong name, a type that is none of {@link SocietyType}; nothing is stored then. Audited.
     */
    public Society register(String code, String name, String typeCode, Boolean affiliatedToJast) {
        access.require(Roles.OFFICE);
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw Failures.invalid("code", "is 1 to 32 letters, digits or . _ - (first a letter or digit), e.g. S-0013");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw Failures.invalid("name", "is required");
        }
        if (n.length() > MAX_NAME_LENGTH || n.chars().anyMatch(Character::isISOControl)) {
            throw Failures.invalid("name", "is one line of at most " + MAX_NAME_LENGTH + " characters");
        }
        SocietyType type = null;
        if (typeCode != null && !typeCode.isBlank()) {
            try {
                type = SocietyType.valueOf(typeCode.strip());
            } catch (IllegalArgumentException e) {
                throw Failures.invalid("type", "is one of " + java.util.Arrays.toString(SocietyType.values()));
            }
        }
        SocietyRepository societies = new SocietyRepository(em);
        if (societies.find(new SocietyId(c)).isPresent()) {
            throw Failures.invalid("code", "is taken by another society");
        }
        Society society = new Society(new SocietyId(c), n, new SocietyProfile(c, n, type, affiliatedToJast,
                null, null, null, null, null, null, null, null, null, null));
        societies.add(society);
        audit.record(clock.instant(), CREATE_ACTION, "Society", c, null, AuditSnapshots.of(society));
        return society;
    }

    /** The society, for the office or its own account; anyone else gets 404. */
    public Society society(String code) {
        access.require(Roles.OFFICE, Roles.SOCIETY);
        if (!access.user().isOffice() && !access.user().societyCode().map(code::equals).orElse(false)) {
            throw Failures.notFound("society " + code);
        }
        return find(code);
    }

    /**
     * The plan year whose codes a new profile of the society is read against: {@code planYear}, or the
     * latest plan year the application knows when none is given. 404 unless the caller is the office or
     * the society itself.
     */
    public PlanYear planForProfile(String code, Integer planYear) {
        society(code);
        return planYear != null ? plans.plan(planYear) : plans.latest();
    }

    /**
     * The society's own update of its profile (read against {@link #planForProfile(String, Integer)}):
     * it changes the facts the society declares. A fact only the office records
     * ({@link SocietyProfile#OFFICE_RECORDED}) that the update gives with another value than the
     * recorded one is refused, 403 naming it, and nothing changes; given unchanged (a profile read and
     * sent back) or left out, it stays as recorded. The office records those facts with a reason,
     * {@link #recordFacts}.
     */
    public Society updateProfile(String code, SocietyProfile profile, Long expectedVersion) {
        Society society = society(code);
        if (!code.equals(profile.code())) {
            throw Failures.invalid("code", "must be the society's code " + code);
        }
        Map<String, String> bad = profile.declarationErrors(maxTextLength);
        if (!bad.isEmpty()) {
            throw InvalidInput.fields("The profile cannot be saved: " + bad.keySet(), bad.entrySet().stream()
                    .map(e -> new FieldError(e.getKey(), e.getValue())).toList());
        }
        List<String> officeFacts = society.profile().officeFactsChangedBy(profile);
        if (!officeFacts.isEmpty()) {
            throw Failures.forbidden(String.join(", ", officeFacts) + (officeFacts.size() == 1 ? " is" : " are")
                    + " recorded by the programme office, not declared by the society: the profile keeps the recorded "
                    + (officeFacts.size() == 1 ? "value" : "values") + ". The office records such a fact with a reason "
                    + "(POST /api/v1/societies/" + code + "/recorded-facts).");
        }
        StaleVersion.check("society " + code, society.version(), expectedVersion);
        String before = AuditSnapshots.of(society);
        society.declare(profile);
        em.flush();
        audit.record(clock.instant(), "society.profile", "Society", code,
                before, AuditSnapshots.of(society));
        return society;
    }

    /** The longest reason the office may give for a record (a sentence or two, not a file). */
    public static final int MAX_REASON_LENGTH = 1000;

    /**
     * The office records facts that decide eligibility (ELIG-1, 2, 3, 5), each with the reason, audited
     * ({@code society.record}, the reason and the fields in the entry). {@code recorded} gives only
     * office-recorded facts, each replacing the recorded value as a whole (an evaluation list is the
     * whole list); a declared fact given, no fact given or no reason is a 400 naming it.
     */
    public Society recordFacts(String code, SocietyProfile recorded, String reason, Long expectedVersion) {
        access.require(Roles.OFFICE);
        Society society = find(code);
        if (reason == null || reason.isBlank()) {
            throw Failures.invalid("reason", "the office gives the reason of every record (the document, the decision)");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw Failures.invalid("reason", "is at most " + MAX_REASON_LENGTH + " characters");
        }
        List<String> declared = SocietyProfile.declaredFactsGivenBy(recorded);
        if (!declared.isEmpty()) {
            throw Failures.invalid("facts." + declared.get(0), "is declared by the society itself, not recorded by the office");
        }
        List<String> fields = SocietyProfile.officeFactsGivenBy(recorded);
        if (fields.isEmpty()) {
            throw Failures.invalid("facts", "names none of the facts the office records: " + SocietyProfile.OFFICE_RECORDED);
        }
        StaleVersion.check("society " + code, society.version(), expectedVersion);
        String before = AuditSnapshots.of(society);
        society.record(recorded);
        em.flush();
        audit.record(clock.instant(), RECORD_ACTION, "Society", code, before, JSON.createObjectBuilder()
                .add("reason", reason).add("fields", JSON.createArrayBuilder(fields))
                .add("society", JSON.createReader(new StringReader(AuditSnapshots.of(society))).readValue())
                .build().toString());
        return society;
    }

    /** The audit action of an office record. */
    public static final String RECORD_ACTION = "society.record";

    /** The audit action of an integrity incident that an inspection's finding recorded (SupervisionService). */
    public static final String INCIDENT_ACTION = "society.integrityIncident";

    /** Where an office-recorded fact came from: the latest record of it, or how the society was registered. */
    public record Source(String kind, String by, Instant at, String reason) {
        /** Kinds: the office recorded it with a reason; a final assessment failed; it is as the society was registered. */
        public static final String OFFICE_RECORD = "OFFICE_RECORD";
        public static final String FINAL_ASSESSMENT = "FINAL_ASSESSMENT";
        /** An inspection found fraud or misuse of funds (IV.2) and recorded an integrity incident (ELIG-3). */
        public static final String INSPECTION = "INSPECTION";
        public static final String REGISTRATION = "REGISTRATION";
    }

    /**
     * The office-recorded facts of the society with where each came from, for the office and the
     * society itself: the latest office record that named it (who, when, why), or for integrity
     * incidents the latest inspection that recorded one (who, when), whichever came last; else, for
     * failed assessments, the final assessment that wrote them, else the society's registration.
     */
    public Map<String, Source> sourcesOfRecordedFacts(String code) {
        Society society = society(code);
        Map<String, Source> sources = new LinkedHashMap<>();
        List<AuditEntry> entries = new AuditLog(em).ofTarget("Society", code);
        for (String field : SocietyProfile.OFFICE_RECORDED) {
            Source source = null;
            for (int i = entries.size() - 1; i >= 0 && source == null; i--) {
                AuditEntry e = entries.get(i);
                if (RECORD_ACTION.equals(e.action()) && e.afterJson() != null) {
                    JsonObject after = JSON.createReader(new StringReader(e.afterJson())).readObject();
                    if (after.getJsonArray("fields").getValuesAs(JsonString.class).stream()
                            .anyMatch(f -> f.getString().equals(field))) {
                        source = new Source(Source.OFFICE_RECORD, e.actor(), e.at(), after.getString("reason"));
                    }
                } else if (INCIDENT_ACTION.equals(e.action()) && field.equals("integrityIncidents")) {
                    source = new Source(Source.INSPECTION, e.actor(), e.at(), null);
                }
            }
            if (source == null && field.equals("failedAssessments") && society.profile().failedAssessments() != null
                    && !society.profile().failedAssessments().isEmpty()) {
                source = new Source(Source.FINAL_ASSESSMENT, null, null, null);
            }
            sources.put(field, source != null ? source : new Source(Source.REGISTRATION, null, null, null));
        }
        return sources;
    }

    private Society find(String code) {
        if (code == null || code.isBlank() || code.length() > 64) {
            throw Failures.notFound("society " + code);
        }
        return new SocietyRepository(em).find(new SocietyId(code))
                .orElseThrow(() -> Failures.notFound("society " + code));
    }
}
