package cn.jast.plan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.FormValues;
import cn.jast.plan.domain.form.FieldDefinition;
import cn.jast.plan.domain.form.FormDefinition;
import cn.jast.plan.domain.form.SectionDefinition;
import cn.jast.plan.domain.plan.PlanYear;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The demo applications' forms, filled as their societies would: the common sections written from the
 * society's person in charge and contact, the title and the amount its category asks for (a budget whose
 * expense lines add up to the amount requested), and each category's and sub-project's part from
 * {@code demo-forms.json}. Only fields the plan year's form has are written, and the facts the rules read
 * stay where the demo puts them.
 */
final class DemoForms {
    private static final JsonObject DATA = load();
    /** Kinds of expense and their share of the amount requested; the last line takes what is left. */
    private static final List<Map.Entry<String, String>> SHARES = List.of(Map.entry("MEETING", "0.40"),
            Map.entry("EXPERT_CONSULTATION", "0.20"), Map.entry("LABOUR", "0.15"), Map.entry("PRINTING", "0"));

    private DemoForms() {
    }

    static ApplicationContent filled(PlanYear plan, String societyCode, ApplicationContent content) {
        FormDefinition form = plan.form(content.category(), content.subProject()).orElseThrow();
        JsonObject society = DATA.getJsonObject("societies").getJsonObject(societyCode);
        String title = content.title();
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (SectionDefinition s : form.sections()) {
            Map<String, Object> given = common(s.code(), society, title, content.category());
            if (given == null) {
                JsonObject part = DATA.getJsonObject("sections").getJsonObject(s.code());
                given = part == null ? new LinkedHashMap<>() : asMap(part);
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            for (FieldDefinition f : s.fields()) {
                if (f.bound()) {
                    continue;
                }
                Object v = given.get(f.code());
                if (v == null && f.required()) {
                    v = fallback(f, title);
                }
                if (v != null) {
                    fields.put(f.code(), v);
                }
            }
            sections.put(s.code(), fields);
        }
        return content.withForm(FormValues.of(sections));
    }

    private static Map<String, Object> common(String section, JsonObject society, String title, String category) {
        String name = society.getString("name");
        Map<String, Object> m = new LinkedHashMap<>();
        switch (section) {
            case "summary" -> {
                m.put("abstract", "“" + title + "”由" + name + "组织实施，围绕提升学会服务科技创新能力，"
                        + "聚焦会员和行业需求，于2021年6月至12月完成各项任务，形成可检验的工作成果。");
                m.put("period", Map.of("from", "2021-06-01", "to", "2021-12-31"));
            }
            case "goals" -> {
                m.put("objectives", "通过“" + title + "”，进一步提升" + name + "的服务能力和影响力，形成可持续的工作机制。");
                m.put("tasks", "一是制定实施方案、明确责任分工；二是按计划组织实施各项活动；三是做好宣传总结和成果转化。");
            }
            case "workPlan" -> {
                m.put("plan", "6月召开项目启动会，7月至10月集中组织实施，11月开展自查，12月完成总结并报送材料。");
                m.put("milestones", List.of(
                        Map.of("due", "2021-06-30", "milestone", "召开启动会，细化实施方案", "deliverable", "实施方案"),
                        Map.of("due", "2021-10-31", "milestone", "完成主要活动", "deliverable", "活动记录及佐证材料"),
                        Map.of("due", "2021-12-20", "milestone", "项目总结", "deliverable", "总结报告")));
            }
            case "contact" -> {
                for (String k : List.of("leaderName", "leaderPost", "leaderPhone", "contactName", "contactPhone",
                        "contactEmail")) {
                    m.put(k, society.getString(k));
                }
            }
            case "team" -> m.put("members", List.of(
                    Map.of("name", society.getString("leaderName"), "unit", name, "title", society.getString("leaderPost"),
                            "role", "项目总负责"),
                    Map.of("name", society.getString("contactName"), "unit", name, "title", "项目主管",
                            "role", "组织协调和经费管理"),
                    Map.of("name", "学会专家委员会", "unit", name, "role", "技术指导和成果把关")));
            case "budget" -> {
                BigDecimal amount = DATA.getJsonObject("amountRequested").getJsonNumber(category).bigDecimalValue()
                        .setScale(2, RoundingMode.UNNECESSARY);
                m.put("amountRequested", amount);
                m.put("selfFunding", amount.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP));
                List<Object> lines = new ArrayList<>();
                BigDecimal left = amount;
                for (int i = 0; i < SHARES.size(); i++) {
                    Map.Entry<String, String> share = SHARES.get(i);
                    BigDecimal line = i == SHARES.size() - 1 ? left
                            : amount.multiply(new BigDecimal(share.getValue())).setScale(2, RoundingMode.HALF_UP);
                    left = left.subtract(line);
                    lines.add(Map.of("kind", share.getKey(), "amount", line, "basis", basis(share.getKey())));
                }
                m.put("lines", lines);
            }
            case "outcomes" -> {
                m.put("outcomes", "完成“" + title + "”各项任务，形成总结报告1份，相关成果在学会网站和公众号发布。");
                m.put("indicators", List.of(Map.of("indicator", "活动场次", "target", "不少于6场", "evidence", "活动通知、签到表、照片"),
                        Map.of("indicator", "服务人次", "target", "不少于1000人次", "evidence", "统计台账")));
            }
            default -> {
                return null;
            }
        }
        return m;
    }

    private static String basis(String kind) {
        return switch (kind) {
            case "MEETING" -> "会场租赁、资料及会务，按实际场次测算";
            case "EXPERT_CONSULTATION" -> "专家咨询按省级标准测算";
            case "LABOUR" -> "临时聘用人员劳务";
            default -> "资料印制及宣传品";
        };
    }

    private static Object fallback(FieldDefinition f, String title) {
        return switch (f.type()) {
            case SHORT_TEXT, LONG_TEXT -> {
                String text = title + "：" + f.label().zh();
                yield text.length() > f.maxLength() ? text.substring(0, f.maxLength()) : text;
            }
            case INTEGER, MONEY -> f.min() != null ? f.min() : BigDecimal.ONE;
            case DATE -> "2021-10-31";
            case DATE_RANGE -> Map.of("from", "2021-06-01", "to", "2021-12-31");
            case SINGLE_CHOICE -> f.choices().codes().get(0);
            case MULTIPLE_CHOICE -> List.of(f.choices().codes().get(0));
            case YES_NO -> Boolean.TRUE;
            case TABLE -> {
                Map<String, Object> row = new LinkedHashMap<>();
                f.columns().stream().filter(FieldDefinition::required).forEach(c -> row.put(c.code(), fallback(c, title)));
                yield List.of(row);
            }
            case ATTACHMENT -> null;
        };
    }

    private static Map<String, Object> asMap(JsonObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        o.forEach((k, v) -> m.put(k, value(v)));
        return m;
    }

    private static Object value(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case ARRAY -> ((JsonArray) v).stream().map(DemoForms::value).toList();
            case OBJECT -> asMap((JsonObject) v);
            case NULL -> null;
        };
    }

    private static JsonObject load() {
        try (InputStream in = DemoForms.class.getResourceAsStream("demo-forms.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
