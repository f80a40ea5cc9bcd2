package cn.jast.plan.web.review.rest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.jast.plan.domain.review.ReviewerProfile;
import cn.jast.plan.web.review.ReviewService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What the office knows of an expert for conflicts of interest (回避): REVIEW-COI-1..3 read it at assignment. */
@Path("v1/experts/{expert}/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExpertProfileResource {

    @Inject
    ReviewService reviews;

    @GET
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "The expert's societies, work unit, declared conflicts and declined applications (office)")
    public ProfileView profile(@PathParam("expert") String expert) {
        return ProfileView.of(reviews.profile(expert));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Record the expert's societies, work unit and the societies they declared a conflict with")
    public ProfileView record(@PathParam("expert") String expert, @Valid @NotNull ProfileRequest request) {
        return ProfileView.of(reviews.recordProfile(expert, set(request.societies()), request.workUnit(),
                set(request.declaredSocieties())));
    }

    private static Set<String> set(List<String> codes) {
        return codes == null ? Set.of() : new TreeSet<>(codes.stream().filter(c -> c != null && !c.isBlank())
                .map(String::strip).toList());
    }

    public record ProfileRequest(@Size(max = 100) List<String> societies,
                                 @Size(max = 500) String workUnit,
                                 @Size(max = 100) List<String> declaredSocieties) {
        public ProfileRequest(List<String> societies, String workUnit, List<String> declaredSocieties) {
            this.societies = societies;
            this.workUnit = workUnit;
            this.declaredSocieties = declaredSocieties;
        }
    }

    @JsonbPropertyOrder({"expert", "societies", "workUnit", "declaredSocieties", "declinedApplications"})
    public record ProfileView(String expert, List<String> societies, String workUnit, List<String> declaredSocieties,
                              List<String> declinedApplications) {
        static ProfileView of(ReviewerProfile p) {
            return new ProfileView(p.expert(), List.copyOf(new TreeSet<>(p.societies())), p.workUnit(),
                    List.copyOf(new TreeSet<>(p.declaredSocieties())), List.copyOf(new TreeSet<>(p.declaredApplications())));
        }
    }
}
