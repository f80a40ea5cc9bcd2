package cn.jast.plan.domain.supervision;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyFacts.IntegrityIncident;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * An inspection of one project by the office: routine supervision (日常督查, IV.2: "项目严格按照申报立项、中期评估、
 * 验收考核三阶段模式进行管理，并实行日常督查") or the inspection of fund use (专项检查, IV.3: "省科协将在适当时候对项目资金
 * 使用情况进行专项检查"). A finding of fraud or misuse of funds records an integrity incident against the
 * society (ELIG-3 in later plan years) and, where the office decides so, terminates the project, which
 * cancels its funding.
 */
public record Inspection(String id, String applicationId, Kind kind, Instant at, String inspectedBy,
                         List<Finding> findings, boolean terminate) {
    /** Which inspection of IV. */
    public enum Kind {
        /** 日常督查, IV.2 */
        ROUTINE_SUPERVISION,
        /** 专项检查 of fund use, IV.3 */
        FUND_USE
    }

    public Inspection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(inspectedBy, "inspectedBy");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        if (terminate && findings.stream().noneMatch(Finding::isMisconduct)) {
            throw new IllegalArgumentException("a project is terminated only on a finding of fraud or misuse of funds");
        }
    }

    /**
     * Applies the inspection: each kind of misconduct found is recorded once as an integrity incident of the
     * year of the inspection, in the plan's zone; the project is terminated when the office so decided.
     */
    public void apply(Application application, Society society, ZoneId zone) {
        if (!application.id().value().equals(applicationId) || !application.society().equals(society.id())) {
            throw new IllegalArgumentException("inspection " + id + " is not of " + application.id() + " of " + society.id());
        }
        int year = at.atZone(zone).getYear();
        findings.stream().filter(Finding::isMisconduct).map(Finding::misconduct).distinct()
                .forEach(kind -> society.recordIntegrityIncident(new IntegrityIncident(year, kind)));
        if (terminate) {
            application.terminate(at);
        }
    }
}
