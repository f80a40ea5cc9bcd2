package cn.jast.plan.web.plan.rest;

import cn.jast.plan.domain.exchange.FormJson;
import cn.jast.plan.web.plan.FormService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The application form of a category or sub-project, as the pages render it: sections in order, each with
 * its title and clause, and its fields (type, required, labels and help in Chinese and English, length,
 * bounds, the choices of a choice list written out, a table's columns, an attachment's kind, and the fact
 * of API.md a field is bound to).
 */
@Path("v1/plans/{year}/forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FormResource {

    static final String DEFINITION = "The form definition: {year, category, subProject, sections: [{code, title {zh, en},"
            + " clause, fields: [{code, type (SHORT_TEXT, LONG_TEXT, INTEGER, MONEY, DATE, DATE_RANGE, SINGLE_CHOICE,"
            + " MULTIPLE_CHOICE, YES_NO, TABLE, ATTACHMENT), required, label, help, clause, maxLength, min, max,"
            + " choiceList, choices [{code, label}], columns [fields], minRows, maxRows, attachmentKind, binding}]}]}."
            + " A draft gives a field's value at form.<section>.<field>, or, for a bound field, at the fact it is bound to.";

    @Inject
    FormService forms;

    @GET
    @Path("{category}")
    @PermitAll
    @Operation(summary = "The application form of a category (for a category with sub-projects: its common and "
            + "category parts)")
    @APIResponse(responseCode = "200", description = DEFINITION)
    @APIResponse(responseCode = "404", description = "No such plan year or category")
    public String category(@PathParam("year") int year, @PathParam("category") String category) {
        return FormJson.write(forms.form(year, category, null));
    }

    @GET
    @Path("{category}/{subProject}")
    @PermitAll
    @Operation(summary = "The whole application form of a sub-project: common, category and sub-project parts")
    @APIResponse(responseCode = "200", description = DEFINITION)
    @APIResponse(responseCode = "404", description = "No such plan year, category, or sub-project of it")
    public String subProject(@PathParam("year") int year, @PathParam("category") String category,
                             @PathParam("subProject") String subProject) {
        return FormJson.write(forms.form(year, category, subProject));
    }
}
