package cn.jast.plan.web.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import cn.jast.plan.domain.form.FormDefinition;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYearReader;
import cn.jast.plan.web.refusal.Failures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The application forms of a plan year, as the pages render them and the REST API serves them, and the
 * JSON Schema of the plan-year file format. Everything comes from the plan year's data; nothing of a form
 * is written here.
 */
@ApplicationScoped
public class FormService {
    /** The schema as the domain jar carries it (the same file as docs/plan-year.schema.json). */
    static final String SCHEMA_RESOURCE = "/cn/jast/plan/domain/plan/plan-year.schema.json";

    @Inject
    PlanService plans;

    /**
     * The form of an application to {@code category}, and to {@code subProject} when given; 404 when the
     * plan year has no such category or the sub-project is not one of it. Without a sub-project, a category
     * that has sub-projects answers its common and category parts.
     */
    public FormDefinition form(int year, String category, String subProject) {
        PlanYear plan = plans.plan(year);
        Category c = plan.category(category)
                .orElseThrow(() -> Failures.notFound("category " + category + " of plan year " + year));
        if (subProject != null && c.subProject(subProject).isEmpty()) {
            throw Failures.notFound("sub-project " + subProject + " of category " + category);
        }
        return plan.form(category, subProject).orElseThrow(() -> Failures.notFound("form of " + category));
    }

    /** The JSON Schema of the plan-year file format. */
    public String planYearSchema() {
        try (InputStream in = PlanYearReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the domain jar carries no " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
