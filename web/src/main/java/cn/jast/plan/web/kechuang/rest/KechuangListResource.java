package cn.jast.plan.web.kechuang.rest;

import java.time.Instant;
import java.util.List;

import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.kechuang.KechuangCrossCheck;
import cn.jast.plan.domain.kechuang.KechuangEntry;
import cn.jast.plan.domain.kechuang.KechuangFlag;
import cn.jast.plan.web.kechuang.KechuangService;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.request.MaxRequestBody;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The 科创江苏 list of a plan year (LIMIT-5, II.3.5), office only: its import (the body is the file, {@code text/csv}
 * or the XLSX type; any other type is 415 by JAX-RS, so no form of another site can send it) and what was imported.
 * The views of the cross-check's resources are here.
 */
@Path("v1/plans/{year}/kechuang-list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KechuangListResource {

    static final String CSV = "text/csv";

    @Inject
    KechuangService kechuang;

    @POST
    @Consumes({CSV, KechuangService.XLSX})
    @RolesAllowed(Roles.OFFICE)
    @MaxRequestBody(property = "jast.kechuang.max-bytes", defaultBytes = 5L * 1024 * 1024)
    @Operation(summary = "Import the plan year's 科创江苏 list and flag the applications on it (office)",
            description = "The body is the file: text/csv (UTF-8, with or without BOM, RFC 4180) or an Excel workbook"
                    + " (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, first sheet). Row 1 names"
                    + " the columns: the society (学会名称/申报单位/society, or 学会代码/society code) and the project title"
                    + " (项目名称/title). It replaces the year's list; a bad file is 400 naming row and column and changes"
                    + " nothing. Every application from submission on whose society and normalised title match an"
                    + " entry is flagged; its review waits for the office's decision.")
    public ImportView importList(@PathParam("year") int year, @HeaderParam("Content-Type") String contentType,
                                 byte[] file) {
        MediaType type = MediaType.valueOf(contentType);
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw Failures.invalid("Content-Type", "the list is read as UTF-8; charset " + charset + " is not");
        }
        KechuangService.Format format = type.isCompatible(MediaType.valueOf(CSV)) ? KechuangService.Format.CSV
                : KechuangService.Format.XLSX;
        KechuangService.Imported i = kechuang.importList(year, format, file);
        return new ImportView(i.year(), i.entries(), i.sha256(), i.raised().stream().map(FlagView::of).toList());
    }

    @GET
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "The plan year's 科创江苏 list as last imported (office)")
    public List<EntryView> list(@PathParam("year") int year) {
        return kechuang.list(year).stream().map(EntryView::of).toList();
    }

    @JsonbPropertyOrder({"year", "entries", "sha256", "flagged"})
    public record ImportView(int year, int entries, String sha256, List<FlagView> flagged) {
    }

    @JsonbPropertyOrder({"row", "societyCode", "societyName", "title"})
    public record EntryView(int row, String societyCode, String societyName, String title) {
        static EntryView of(KechuangEntry e) {
            return new EntryView(e.row(), e.societyCode(), e.societyName(), e.title());
        }
    }

    @JsonbPropertyOrder({"id", "year", "application", "applicationState", "listed", "matchedBy", "rule", "clause",
            "flaggedAt", "state", "reason", "decidedBy", "decidedAt"})
    public record FlagView(String id, int year, String application, ApplicationState applicationState, EntryView listed,
                           KechuangEntry.MatchedBy matchedBy, String rule, String clause, Instant flaggedAt,
                           KechuangFlag.State state, String reason, String decidedBy, Instant decidedAt) {
        static FlagView of(KechuangFlag f) {
            return of(f, null);
        }

        static FlagView of(KechuangFlag f, ApplicationState state) {
            return new FlagView(f.id(), f.planYear(), f.applicationId(), state,
                    new EntryView(f.listedRow(), f.listedSocietyCode(), f.listedSocietyName(), f.listedTitle()),
                    f.matchedBy(), KechuangCrossCheck.RULE.id(), KechuangCrossCheck.RULE.clause(), f.flaggedAt(), f.state(), f.reason(), f.decidedBy(),
                    f.decidedAt());
        }
    }
}
