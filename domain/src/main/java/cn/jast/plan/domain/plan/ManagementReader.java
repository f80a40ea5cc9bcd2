package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.support.Json;
import cn.jast.plan.domain.support.LocalizedText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code management} member of a plan-year file (see {@link ManagementSettings}), as strictly
 * as {@link PlanYearReader} reads the rest: an unknown member, a missing one or a value of the wrong kind
 * fails with the line, column and field path. Kept apart from {@link PlanYearReader} so that each part of
 * the file has its own reader.
 *
 * <pre>
 * "management": {
 *   "review":     { "criteria": [ { "code", "name", "weight", "maxScore" } ], "applicantVisibleToReviewers", "trimExtremesFromExperts" },
 *   "assessment": { "rules": [ids], "byProject": { code: [ids] }, "thinkTankMinProposals", "resultsPublicityWorkingDays" },
 *   "midTerm":    { "onFailure": "RECTIFY" | "STOP" },
 *   "funding":    { "amounts": { code: yuan } }
 * }
 * </pre>
 */
final class ManagementReader {
    private final String source;
    private final Set<String> projectCodes;

    private ManagementReader(String source, Set<String> projectCodes) {
        this.source = source;
        this.projectCodes = projectCodes;
    }

    /**
     * @param value        the {@code management} member, or null when the file has none
     * @param projectCodes every category and sub-project code of the plan year
     */
    static ManagementSettings read(Json.Value value, String source, Set<String> projectCodes,
                                   int publicityWorkingDays) {
        if (value == null || value instanceof Json.Null) {
            return ManagementSettings.notConfigured(publicityWorkingDays);
        }
        ManagementReader reader = new ManagementReader(source, projectCodes);
        return reader.settings(reader.new At(value, "management"));
    }

    private ManagementSettings settings(At at) {
        Map<String, At> m = at.object(Set.of("review", "assessment", "midTerm", "funding"), Set.of("$comment"));
        return new ManagementSettings(review(m.get("review")), assessment(m.get("assessment")),
                m.get("midTerm").object(Set.of("onFailure"), Set.of()).get("onFailure").enumValue(MidTermPolicy.class),
                funding(m.get("funding")));
    }

    private ReviewMethod review(At at) {
        Map<String, At> m = at.object(Set.of("criteria", "applicantVisibleToReviewers", "trimExtremesFromExperts"),
                Set.of("$comment"));
        List<ReviewCriterion> criteria = new ArrayList<>();
        for (At c : m.get("criteria").items()) {
            Map<String, At> cm = c.object(Set.of("code", "name", "weight", "maxScore"), Set.of());
            String code = cm.get("code").string();
            LocalizedText name = cm.get("name").text();
            BigDecimal weight = cm.get("weight").decimal();
            BigDecimal max = cm.get("maxScore").decimal();
            criteria.add(c.build(() -> new ReviewCriterion(code, name, weight, max)));
        }
        boolean visible = m.get("applicantVisibleToReviewers").bool();
        int trim = m.get("trimExtremesFromExperts").integer(0, 1000);
        return at.build(() -> new ReviewMethod(criteria, visible, trim));
    }

    private AssessmentRequirements assessment(At at) {
        Map<String, At> m = at.object(Set.of("rules", "byProject", "thinkTankMinProposals",
                "resultsPublicityWorkingDays"), Set.of("$comment"));
        List<String> general = ids(m.get("rules"));
        Map<String, List<String>> byProject = new LinkedHashMap<>();
        for (Map.Entry<String, At> e : m.get("byProject").members().entrySet()) {
            if (!projectCodes.contains(e.getKey())) {
                throw e.getValue().error("names no category or sub-project of this plan year: " + e.getKey());
            }
            byProject.put(e.getKey(), ids(e.getValue()));
        }
        int proposals = m.get("thinkTankMinProposals").integer(0, 1000);
        int days = m.get("resultsPublicityWorkingDays").integer(1, 365);
        return at.build(() -> new AssessmentRequirements(general, byProject, proposals, days));
    }

    private FundingAmounts funding(At at) {
        Map<String, At> m = at.object(Set.of("amounts"), Set.of("$comment"));
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (Map.Entry<String, At> e : m.get("amounts").members().entrySet()) {
            if (!projectCodes.contains(e.getKey())) {
                throw e.getValue().error("names no category or sub-project of this plan year: " + e.getKey());
            }
            BigDecimal amount = e.getValue().decimal();
            if (amount.signum() <= 0 || amount.scale() > 2) {
                throw e.getValue().error("an amount is positive, in yuan with at most two decimals: " + amount);
            }
            amounts.put(e.getKey(), amount);
        }
        return new FundingAmounts(amounts);
    }

    private List<String> ids(At at) {
        List<String> ids = new ArrayList<>();
        for (At n : at.items()) {
            String id = n.string();
            if (ids.contains(id)) {
                throw n.error("rule " + id + " is listed twice");
            }
            ids.add(id);
        }
        return ids;
    }

    /** A JSON value with its path, for messages. */
    private final class At {
        private final Json.Value value;
        private final String path;

        At(Json.Value value, String path) {
            this.value = value;
            this.path = path;
        }

        PlanFileException error(String problem) {
            return new PlanFileException(source, value.line(), value.column(), path, problem);
        }

        <T> T build(java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw error(e.getMessage());
            }
        }

        Map<String, At> members() {
            if (!(value instanceof Json.Obj obj)) {
                throw error("an object was expected, not " + value.kind());
            }
            Map<String, At> out = new LinkedHashMap<>();
            obj.members().forEach((k, v) -> out.put(k, new At(v, path + "." + k)));
            return out;
        }

        Map<String, At> object(Set<String> required, Set<String> optional) {
            Map<String, At> members = members();
            for (String name : required) {
                if (!members.containsKey(name)) {
                    throw error("the member \"" + name + "\" is missing");
                }
            }
            for (Map.Entry<String, At> e : members.entrySet()) {
                if (!required.contains(e.getKey()) && !optional.contains(e.getKey())) {
                    throw e.getValue().error("unknown member \"" + e.getKey() + "\"");
                }
            }
            return members;
        }

        List<At> items() {
            if (!(value instanceof Json.Arr arr)) {
                throw error("an array was expected, not " + value.kind());
            }
            List<At> out = new ArrayList<>();
            for (int i = 0; i < arr.items().size(); i++) {
                out.add(new At(arr.items().get(i), path + "[" + i + "]"));
            }
            return out;
        }

        String string() {
            if (!(value instanceof Json.Str s) || s.value().isBlank()) {
                throw error("a non-blank string was expected");
            }
            return s.value();
        }

        boolean bool() {
            if (!(value instanceof Json.Bool b)) {
                throw error("true or false was expected, not " + value.kind());
            }
            return b.value();
        }

        BigDecimal decimal() {
            if (!(value instanceof Json.Num n)) {
                throw error("a number was expected, not " + value.kind());
            }
            return new BigDecimal(n.text());
        }

        int integer(int min, int max) {
            BigDecimal d = decimal();
            int v;
            try {
                v = d.intValueExact();
            } catch (ArithmeticException e) {
                throw error("a whole number was expected, not " + d);
            }
            if (v < min || v > max) {
                throw error("must be from " + min + " to " + max + ", not " + v);
            }
            return v;
        }

        <E extends Enum<E>> E enumValue(Class<E> type) {
            String text = string();
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw error("unknown value " + text + "; one of " + java.util.EnumSet.allOf(type) + " was expected");
            }
        }

        LocalizedText text() {
            Map<String, At> m = object(Set.of("zh", "en"), Set.of());
            return new LocalizedText(m.get("zh").string(), m.get("en").string());
        }
    }
}
