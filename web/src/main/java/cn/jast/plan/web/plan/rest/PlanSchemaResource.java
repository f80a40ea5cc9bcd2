package cn.jast.plan.web.plan.rest;

import cn.jast.plan.web.plan.FormService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The JSON Schema of the plan-year file format (docs/plan-year.schema.json), for an agency's editor. */
@Path("v1/plans/schema")
@RequestScoped
public class PlanSchemaResource {
    static final String SCHEMA_JSON = "application/schema+json";

    @Inject
    FormService forms;

    @GET
    @PermitAll
    @Produces({SCHEMA_JSON, "application/json"})
    @Operation(summary = "The JSON Schema (draft 2020-12) of the plan-year file format, forms included")
    public String schema() {
        return forms.planYearSchema();
    }
}
