package cn.jast.plan.web.probe;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import cn.jast.plan.web.request.MaxRequestBody;
import cn.jast.plan.web.problem.Problem;
import cn.jast.plan.web.problem.RuleViolationException;

/** Provokes, on demand, every kind of error the API must answer as problem+json. Tests only. */
@Path("probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    /** The secret that must never reach a client. */
    public static final String SECRET = "db password is hunter2";

    @Inject
    FailingBean failing;

    /**
     * A transfer object with Bean Validation constraints, as the real resources will have. Its canonical
     * constructor is written out (not compact) so that the constraints stay off the constructor's
     * parameters: Payara 6.2025.10's OpenAPI generator fails on a constrained parameter that is not a
     * {@code @PathParam} (payara/Payara#7649).
     */
    public record Society(@NotBlank String name, @Min(1) @Max(10) int members, List<@Valid @NotNull Member> board) {
        public Society(String name, int members, List<Member> board) {
            this.name = name;
            this.members = members;
            this.board = board;
        }
    }

    public record Member(@NotBlank @Size(max = 20) String name) {
        public Member(String name) {
            this.name = name;
        }
    }

    @POST
    @Path("echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Society echo(@Valid @NotNull Society society) {
        return society;
    }

    /** As {@link #echo}, for bodies up to 2 MiB. */
    @POST
    @Path("large")
    @Consumes(MediaType.APPLICATION_JSON)
    @MaxRequestBody(defaultBytes = 2 * 1024 * 1024)
    public Society echoLarge(@Valid @NotNull Society society) {
        return society;
    }

    @GET
    @Path("members/{number}")
    public Member member(@PathParam("number") @Min(1) int number) {
        return new Member("member " + number);
    }

    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException(SECRET);
    }

    @GET
    @Path("rules")
    public String rules() {
        throw new RuleViolationException(violations());
    }

    @GET
    @Path("ejb-rules")
    public String ejbRules() {
        return failing.breakRules();
    }

    static List<Problem.Violation> violations() {
        return List.of(
                new Problem.Violation("LIMIT-4", "II.3.4",
                        new Problem.Message("每个学会限报一个项目", "A society may apply for one project only")),
                new Problem.Violation("DEADLINE-1", "III.1",
                        new Problem.Message("申报截止时间已过", "The application deadline has passed")));
    }
}
