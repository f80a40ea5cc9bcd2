package cn.jast.plan.domain.exchange;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.AnnualInspection;
import cn.jast.plan.domain.society.IncidentKind;
import cn.jast.plan.domain.society.SocietyFacts.Award;
import cn.jast.plan.domain.society.SocietyFacts.CapabilityEvaluation;
import cn.jast.plan.domain.society.SocietyFacts.InspectionResult;
import cn.jast.plan.domain.society.SocietyFacts.FailedAssessment;
import cn.jast.plan.domain.society.SocietyFacts.IntegrityIncident;
import cn.jast.plan.domain.society.SocietyFacts.Journal;
import cn.jast.plan.domain.society.SocietyFacts.Staff;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.domain.society.SocietyType;
import cn.jast.plan.domain.support.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** The JSON shape of a society's profile (API.md, {@code society}), both ways. */
public final class SocietyJson {
    private SocietyJson() {
    }

    /** Reads a profile from JSON text; every bad field is reported at once. */
    public static SocietyProfile read(String json, PlanYear plan) {
        return JsonFields.document(json, (in, root) -> read(in, root, "", plan));
    }

    /**
     * What the office records about a society, with the reason it gives:
     * {@code {"reason": "...", "facts": {<the office-recorded members of a profile>}}}.
     */
    public record OfficeRecord(String reason, SocietyProfile facts) {
    }

    /** Reads an office record; every bad field is reported at once, {@code facts.}-prefixed. */
    public static OfficeRecord readOfficeRecord(String json, PlanYear plan) {
        return JsonFields.document(json, (in, root) -> {
            Json.Obj o = in.object(root, "");
            String reason = in.string(o, "reason", "");
            Json.Value facts = JsonFields.member(o, "facts");
            if (facts == null || facts instanceof Json.Null) {
                in.error("facts", "is required: the facts the office records");
            }
            return new OfficeRecord(reason, read(in, facts, "facts", plan));
        });
    }

    /**
     * Reads a profile at {@code path}. A society that is not given at all reads as a profile with
     * no facts, which meets none of the rules that need them. {@code plan} may be null, and then
     * category codes of failed assessments are not checked against a plan year.
     */
    static SocietyProfile read(JsonFields in, Json.Value value, String path, PlanYear plan) {
        Json.Obj o = in.object(value, path);
        if (o == null) {
            return new SocietyProfile(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null);
        }
        Json.Obj staff = in.object(o, "staff", path);
        String staffPath = JsonFields.path(path, "staff");
        return new SocietyProfile(
                in.string(o, "code", path),
                in.string(o, "name", path),
                in.enumValue(o, "type", path, SocietyType.class),
                in.bool(o, "affiliatedToJast", path),
                evaluations(in, o, path, plan),
                inspections(in, o, path, plan),
                // A year, kind or category left out is "not given": ELIG-3 and ELIG-5 decide about it.
                list(in, o, "integrityIncidents", path, (item, p) -> new IntegrityIncident(
                        in.count(item, "year", p), in.enumValue(item, "kind", p, IncidentKind.class))),
                list(in, o, "failedAssessments", path, (item, p) -> {
                    Integer year = in.count(item, "year", p);
                    String category = in.string(item, "category", p);
                    if (category != null && plan != null && plan.category(category).isEmpty()) {
                        in.error(JsonFields.path(p, "category"), "unknown category code \"" + category + "\"");
                    }
                    return new FailedAssessment(year, category);
                }),
                in.bool(o, "partyWorkingGroup", path),
                in.bool(o, "independentPartyBranch", path),
                staff == null ? null : new Staff(in.count(staff, "fullTime", staffPath),
                        in.count(staff, "partTime", staffPath)),
                in.bool(o, "professionalSecretariatStaff", path),
                list(in, o, "journals", path, (item, p) -> new Journal(in.string(item, "title", p),
                        in.string(item, "cn", p), in.bool(item, "sponsor", p))),
                list(in, o, "awards", path, (item, p) -> new Award(in.string(item, "name", p),
                        in.bool(item, "registeredWithProvincialDept", p))));
    }

    /**
     * {@code capabilityEvaluations} ({@code [{"year": 2020}]}, as the office records them), and API.md's
     * {@code capabilityEvaluationLastYear}, which speaks of the year before {@code plan}'s: true is an
     * evaluation of that year, false none. Without a plan year "last year" is not known: not given.
     */
    private static List<CapabilityEvaluation> evaluations(JsonFields in, Json.Obj o, String path, PlanYear plan) {
        List<CapabilityEvaluation> listed = list(in, o, "capabilityEvaluations", path,
                (item, p) -> new CapabilityEvaluation(in.count(item, "year", p)));
        Boolean lastYear = in.bool(o, "capabilityEvaluationLastYear", path);
        if (lastYear == null) {
            return listed;
        }
        List<CapabilityEvaluation> all = new ArrayList<>(listed == null ? List.of() : listed);
        if (lastYear) {
            CapabilityEvaluation e = new CapabilityEvaluation(plan == null ? null : plan.year() - 1);
            if (!all.contains(e)) {
                all.add(e);
            }
        }
        return all;
    }

    /** {@code annualInspections} ({@code [{"year": 2020, "result": "PASSED"}]}), and API.md's {@code annualInspectionLastYear}. */
    private static List<InspectionResult> inspections(JsonFields in, Json.Obj o, String path, PlanYear plan) {
        List<InspectionResult> listed = list(in, o, "annualInspections", path, (item, p) -> new InspectionResult(
                in.count(item, "year", p), in.enumValue(item, "result", p, AnnualInspection.class)));
        AnnualInspection lastYear = in.enumValue(o, "annualInspectionLastYear", path, AnnualInspection.class);
        if (lastYear == null) {
            return listed;
        }
        List<InspectionResult> all = new ArrayList<>(listed == null ? List.of() : listed);
        InspectionResult r = new InspectionResult(plan == null ? null : plan.year() - 1, lastYear);
        if (!all.contains(r)) {
            all.add(r);
        }
        return all;
    }

    private static <T> List<T> list(JsonFields in, Json.Obj o, String name, String path,
                                    BiFunction<Json.Obj, String, T> item) {
        List<Json.Value> items = in.array(o, name, path);
        if (items == null) {
            return null;
        }
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String p = JsonFields.path(path, name) + "[" + i + "]";
            // A null item is the same as no item (API.md: null is the same as left out, everywhere).
            Json.Obj obj = in.object(items.get(i), p);
            if (obj == null) {
                continue;
            }
            T t = item.apply(obj, p);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The canonical JSON of a profile: members in a fixed order, nothing that is not given. */
    public static String canonical(SocietyProfile s) {
        return JsonWriter.write(w -> w.field("code", s.code())
                .field("name", s.name())
                .field("type", s.type())
                .field("affiliatedToJast", s.affiliatedToJast())
                .objects("capabilityEvaluations", s.capabilityEvaluations(), (ew, e) -> ew.field("year", e.year()))
                .objects("annualInspections", s.annualInspections(),
                        (iw, i) -> iw.field("year", i.year()).field("result", i.result()))
                .objects("integrityIncidents", s.integrityIncidents(),
                        (iw, i) -> iw.field("year", i.year()).field("kind", i.kind()))
                .objects("failedAssessments", s.failedAssessments(),
                        (fw, f) -> fw.field("year", f.year()).field("category", f.category()))
                .field("partyWorkingGroup", s.partyWorkingGroup())
                .field("independentPartyBranch", s.independentPartyBranch())
                .object("staff", s.staff(), (sw, st) -> sw.field("fullTime", st.fullTime())
                        .field("partTime", st.partTime()))
                .field("professionalSecretariatStaff", s.professionalSecretariatStaff())
                .objects("journals", s.journals(), (jw, j) -> jw.field("title", j.title())
                        .field("cn", j.cn()).field("sponsor", j.sponsor()))
                .objects("awards", s.awards(), (aw, a) -> aw.field("name", a.name())
                        .field("registeredWithProvincialDept", a.registeredWithProvincialDept())));
    }
}
