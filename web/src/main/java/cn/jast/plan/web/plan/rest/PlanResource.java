package cn.jast.plan.web.plan.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.QuotaGroup;
import cn.jast.plan.domain.support.LocalizedText;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The plan years: which exist, what each holds, and how the quotas fill. */
@Path("v1/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService plans;

    @GET
    @PermitAll
    @Operation(summary = "The plan years known")
    public List<Integer> years() {
        return plans.years();
    }

    @GET
    @Path("{year}")
    @PermitAll
    @Operation(summary = "A plan year: categories, sub-projects, quota groups, submission window, publicity days")
    public PlanView plan(@PathParam("year") int year) {
        return PlanView.of(plans.plan(year));
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Store a plan-year file: a corrected one, or the next year's (office)",
            description = "The file is read by the strict reader (400 naming line, column and field), compared with "
                    + "the stored version (the answer lists every change; a year not stored yet is stored as its first "
                    + "version, with no changes), and stored, audited; the rule check, drafts and submissions use it "
                    + "from then on. Once the submission window has opened, a correction that changes what the rules "
                    + "answer for a submitted application is refused (409) and nothing is stored. "
                    + "POST …/preview answers the same comparison without storing.")
    @APIResponse(responseCode = "200", description = "Stored; `changes` says what changed")
    @APIResponse(responseCode = "400", description = "The file cannot be read; `errors` names the field, with line and column")
    @APIResponse(responseCode = "409", description = "It would change the outcome for a submitted application")
    public CorrectionView correct(@PathParam("year") int year, String body) {
        PlanService.Correction c = plans.store(year, body == null ? "" : body, null);
        return new CorrectionView(year, c.version(), c.sha256(), changes(c.changes()));
    }

    @POST
    @Path("{year}/preview")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "What storing this plan-year file would do, storing nothing (office)",
            description = "The same reading and comparison as PUT: 400 naming line, column and field for a file the "
                    + "strict reader refuses; otherwise whether the year is new, the version it would replace, every "
                    + "change, and (once the window has opened) each submitted application whose outcome it would "
                    + "change, in which case PUT refuses it.")
    public PreviewView preview(@PathParam("year") int year, String body) {
        PlanService.Preview p = plans.preview(year, body == null ? "" : body);
        return new PreviewView(p.plan().year(), p.sha256(), p.newYear(), p.storedVersion(), p.storedSha256(),
                p.sameAsStored(), p.windowOpen(), p.storable(), p.changedOutcomes(), changes(p.changes()));
    }

    @GET
    @Path("{year}/file")
    @RolesAllowed(Roles.OFFICE)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "The stored plan-year file, as stored (office)")
    public Response file(@PathParam("year") int year) {
        PlanService.StoredFile f = plans.file(year);
        return Response.ok(f.text()).header("Content-Disposition", "attachment; filename=\"" + f.fileName() + "\"")
                .header("ETag", "\"" + f.sha256() + "\"").build();
    }

    private static List<ChangeView> changes(cn.jast.plan.domain.plan.PlanYearChanges changes) {
        return changes.changes().stream().map(x -> new ChangeView(x.what(), x.key(), x.before(), x.after())).toList();
    }

    /** The answer to a correction: the new version and what changed. */
    @JsonbPropertyOrder({"year", "version", "sha256", "changes"})
    public record CorrectionView(int year, long version, String sha256, List<ChangeView> changes) {
    }

    /** What a file would do if stored. */
    @JsonbPropertyOrder({"year", "sha256", "newYear", "storedVersion", "storedSha256", "sameAsStored", "windowOpen",
            "storable", "changedOutcomes", "changes"})
    public record PreviewView(int year, String sha256, boolean newYear, Long storedVersion, String storedSha256,
                              boolean sameAsStored, boolean windowOpen, boolean storable, List<String> changedOutcomes,
                              List<ChangeView> changes) {
    }

    @JsonbPropertyOrder({"what", "key", "before", "after"})
    public record ChangeView(String what, String key, String before, String after) {
    }

    @GET
    @Path("{year}/quotas")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Per quota group: quota, submitted, under review, recommended, approved (office)")
    public List<QuotaView> quotas(@PathParam("year") int year) {
        return plans.quotas(year).stream().map(q -> new QuotaView(q.group().key(), q.group().categoryCode(),
                q.group().subProjectCode(), Text.of(q.group().name()), q.group().quota(), q.submitted(),
                q.underReview(), q.recommended(), q.approved())).toList();
    }

    /** A text in Chinese and English. */
    @JsonbPropertyOrder({"zh", "en"})
    public record Text(String zh, String en) {
        public static Text of(LocalizedText t) {
            return t == null ? null : new Text(t.zh(), t.en());
        }
    }

    @JsonbPropertyOrder({"key", "category", "subProject", "name", "quota", "submitted", "underReview", "recommended",
            "approved"})
    public record QuotaView(String key, String category, String subProject, Text name, int quota, int submitted,
                            int underReview, int recommended, int approved) {
    }

    @JsonbPropertyOrder({"year", "title", "guide", "zone", "window", "publicityWorkingDays", "review", "totalQuota",
            "categories", "quotaGroups"})
    public record PlanView(int year, Text title, String guide, String zone, Window window, int publicityWorkingDays,
                           Review review, int totalQuota, List<CategoryView> categories, List<GroupView> quotaGroups) {
        static PlanView of(PlanYear p) {
            var w = p.window();
            return new PlanView(p.year(), Text.of(p.title()), p.guideReference(), p.zone().getId(),
                    new Window(w.inZone(w.opensAt()).toOffsetDateTime(), w.inZone(w.closesAt()).toOffsetDateTime(),
                            w.inZone(w.paperCopyDeadline()).toOffsetDateTime()),
                    p.thresholds().publicityWorkingDays(),
                    new Review(p.review().maxScore(), p.review().expertsPerApplication()), p.totalQuota(),
                    p.categories().stream().map(CategoryView::of).toList(),
                    p.quotaGroups().stream().map(GroupView::of).toList());
        }
    }

    @JsonbPropertyOrder({"opens", "closes", "paperCopyBy"})
    public record Window(OffsetDateTime opens, OffsetDateTime closes, OffsetDateTime paperCopyBy) {
    }

    public record Review(BigDecimal maxScore, int expertsPerApplication) {
    }

    @JsonbPropertyOrder({"code", "number", "name", "kind", "quota", "fundedNextYear", "subProjects"})
    public record CategoryView(String code, int number, Text name, String kind, Integer quota, boolean fundedNextYear,
                               List<SubProjectView> subProjects) {
        static CategoryView of(Category c) {
            return new CategoryView(c.code(), c.number(), Text.of(c.name()), c.kind().name(), c.quota(),
                    c.fundedNextYear(), c.subProjects().stream()
                    .map(s -> new SubProjectView(s.code(), Text.of(s.name()), s.quota())).toList());
        }
    }

    @JsonbPropertyOrder({"code", "name", "quota"})
    public record SubProjectView(String code, Text name, Integer quota) {
    }

    @JsonbPropertyOrder({"key", "category", "subProject", "name", "quota"})
    public record GroupView(String key, String category, String subProject, Text name, int quota) {
        static GroupView of(QuotaGroup g) {
            return new GroupView(g.key(), g.categoryCode(), g.subProjectCode(), Text.of(g.name()), g.quota());
        }
    }
}
