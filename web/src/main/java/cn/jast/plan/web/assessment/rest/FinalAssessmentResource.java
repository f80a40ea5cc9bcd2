package cn.jast.plan.web.assessment.rest;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.jast.plan.domain.assessment.Achievement;
import cn.jast.plan.domain.assessment.AssessmentEvidence;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.assessment.AssessmentService;
import cn.jast.plan.web.check.rest.CheckAnswer;
import cn.jast.plan.web.problem.Problem;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The final assessment (验收考核, IV.2) against the assessment rule book, recorded for its results notice. */
@Path("v1/applications/{id}/final-assessment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinalAssessmentResource {

    @Inject
    AssessmentService assessment;

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Record the final assessment of a project whose final report is filed (office)",
            description = "The evidence is checked against the plan year's assessment rules; a pass with a rule unmet "
                    + "is refused (422, naming the rules) unless \"exceptions\" gives a reason for each. The result "
                    + "takes effect (funding decided or cancelled; a failure bars the category next year, ELIG-5) only "
                    + "after its ASSESSMENT_RESULTS notice has ended with no objection standing.")
    public FinalView record(@PathParam("id") String id, @Valid @NotNull FinalRequest request) {
        AssessmentService.FinalResult r = assessment.finalAssessment(id, request.passed(), request.note(),
                request.evidenceValue(), request.exceptions());
        return new FinalView(r.application().id().value(), r.application().state().name(), r.result().passed(),
                r.result().note(), r.excepted().stream().map(Problem.Violation::of).toList(), r.warnings().stream().map(Problem.Violation::of).toList(),
                r.result().assessedBy(), r.result().assessedAt());
    }

    @POST
    @Path("check")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "What the assessment rules say of the project with this evidence; records nothing")
    public CheckAnswer check(@PathParam("id") String id, @Valid @NotNull EvidenceRequest evidence) {
        Evaluation e = assessment.checkFinal(id, evidence.value());
        return CheckAnswer.of(e);
    }

    public record FinalRequest(@NotNull Boolean passed, @Size(max = 4000) String note, @Valid EvidenceRequest evidence,
                               @Size(max = 50) Map<String, String> exceptions) {
        public FinalRequest(Boolean passed, String note, EvidenceRequest evidence, Map<String, String> exceptions) {
            this.passed = passed;
            this.note = note;
            this.evidence = evidence;
            this.exceptions = exceptions;
        }

        AssessmentEvidence evidenceValue() {
            return evidence == null ? AssessmentEvidence.NONE : evidence.value();
        }
    }

    /** The evidence of the assessment: actual figures of the event, proposals, achievements with attachment ids. */
    public record EvidenceRequest(@PositiveOrZero Integer actualParticipants, @PositiveOrZero Integer actualForeignParticipants,
                                  @PositiveOrZero Integer actualForeignCountries, @PositiveOrZero Integer proposalsSubmitted,
                                  @Size(max = 20) Map<String, List<String>> achievements) {
        public EvidenceRequest(Integer actualParticipants, Integer actualForeignParticipants,
                               Integer actualForeignCountries, Integer proposalsSubmitted,
                               Map<String, List<String>> achievements) {
            this.actualParticipants = actualParticipants;
            this.actualForeignParticipants = actualForeignParticipants;
            this.actualForeignCountries = actualForeignCountries;
            this.proposalsSubmitted = proposalsSubmitted;
            this.achievements = achievements;
        }

        AssessmentEvidence value() {
            Map<Achievement, List<String>> shown = new EnumMap<>(Achievement.class);
            if (achievements != null) {
                for (var e : achievements.entrySet()) {
                    Achievement kind;
                    try {
                        kind = Achievement.valueOf(e.getKey());
                    } catch (IllegalArgumentException ex) {
                        throw Failures.invalid("evidence.achievements." + e.getKey(), "is not one of "
                                + java.util.Arrays.toString(Achievement.values()));
                    }
                    shown.put(kind, e.getValue() == null ? List.of() : e.getValue());
                }
            }
            try {
                return new AssessmentEvidence(actualParticipants, actualForeignParticipants, actualForeignCountries,
                        proposalsSubmitted, shown);
            } catch (IllegalArgumentException e) {
                throw Failures.invalid("evidence.actualForeignParticipants", e.getMessage());
            }
        }
    }

    /** {@code excepted}: the rules left unmet that the office's exceptions cover; {@code warnings}: never blocking. */
    @JsonbPropertyOrder({"application", "state", "passed", "note", "excepted", "warnings", "assessedBy", "assessedAt"})
    public record FinalView(String application, String state, boolean passed, String note,
                            List<Problem.Violation> excepted, List<Problem.Violation> warnings,
                            String assessedBy, Instant assessedAt) {
    }
}
