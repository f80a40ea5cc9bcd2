package cn.jast.plan.domain.form;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.support.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published JSON Schema of the plan-year format (docs/plan-year.schema.json, served from the jar):
 * the jar's copy is the published one, and it names every member the plan files use and every field
 * type and fact a form may use, so that it does not fall behind the reader.
 */
class PlanYearSchemaTest {
    private static final String JAR_COPY = "/cn/jast/plan/domain/plan/plan-year.schema.json";

    private static Json.Obj schema() {
        return (Json.Obj) Json.parse(Plans.resourceText(JAR_COPY));
    }

    private static Json.Obj obj(Json.Obj o, String... path) {
        Json.Obj at = o;
        for (String p : path) {
            at = (Json.Obj) at.members().get(p);
        }
        return at;
    }

    private static Set<String> strings(Json.Value arr) {
        return ((Json.Arr) arr).items().stream().map(v -> ((Json.Str) v).value()).collect(Collectors.toSet());
    }

    @Test
    void theJarServesThePublishedSchema() throws IOException {
        Path docs = Path.of("..", "docs", "plan-year.schema.json");
        assertThat(Plans.resourceText(JAR_COPY)).isEqualTo(Files.readString(docs, StandardCharsets.UTF_8));
    }

    @Test
    void itNamesEveryTopLevelMemberOfThePlanFiles() {
        Set<String> properties = obj(schema(), "properties").members().keySet();
        for (String plan : new String[] {"/plans/plan-2021.json", Plans.PLAN_2022_RESOURCE}) {
            assertThat(properties).containsAll(((Json.Obj) Json.parse(Plans.resourceText(plan))).members().keySet());
        }
    }

    @Test
    void itKnowsEveryFieldTypeAndEveryFact() {
        assertThat(strings(obj(schema(), "$defs", "fieldType").members().get("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(FieldType.values()).map(Enum::name).toList());
        assertThat(strings(obj(schema(), "$defs", "binding").members().get("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(FactBinding.values()).map(FactBinding::path).toList());
    }
}
