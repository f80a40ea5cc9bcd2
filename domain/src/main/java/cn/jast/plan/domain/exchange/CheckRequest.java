package cn.jast.plan.domain.exchange;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.RuleContext;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.domain.support.Json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of the public rule check (API.md, {@code POST /api/v1/plans/{year}/check}): an
 * application, its society, the society's other live applications, and the instant to check at.
 *
 * @param at null when the request does not give one (DEADLINE-1 is then not met)
 */
public record CheckRequest(Instant at, SocietyProfile society, List<ApplicationContent> otherApplications,
                           ApplicationContent application) {
    public CheckRequest {
        otherApplications = List.copyOf(otherApplications);
    }

    /** The context the rules read. */
    public RuleContext context(PlanYear plan) {
        return new RuleContext(plan, society, application, otherApplications, at);
    }

    /**
     * Reads a check request for a plan year. Text that is not JSON, an unknown code, a malformed
     * date, a negative number or a sub-project of another category is an {@link InvalidInputException}
     * naming every bad field; a fact that is merely missing is not (the rules decide about it).
     */
    public static CheckRequest read(String json, PlanYear plan) {
        Json.Value root;
        try {
            root = Json.parse(json);
        } catch (Json.SyntaxException e) {
            throw new InvalidInputException("", "not valid JSON: " + e.getMessage());
        }
        JsonFields in = new JsonFields();
        Json.Obj o = in.object(root, "");
        if (o == null) {
            if (in.errors().isEmpty()) {
                in.error("", "the body must be a JSON object, not null");
            }
            throw new InvalidInputException(in.errors());
        }
        Instant at = instant(in, o, plan);
        SocietyProfile society = SocietyJson.read(in, JsonFields.member(o, "society"), "society", plan);
        List<ApplicationContent> others = new ArrayList<>();
        List<Json.Value> items = in.array(o, "otherApplications", "");
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                // An entry that gives no category cannot meet any LIMIT rule's conditions: it is not given.
                Json.Obj entry = in.object(items.get(i), "otherApplications[" + i + "]");
                if (entry == null || JsonFields.member(entry, "category") == null) {
                    continue;
                }
                ApplicationContent other = ApplicationJson.read(in, items.get(i), "otherApplications[" + i + "]", plan);
                if (other != null) {
                    others.add(other);
                }
            }
        }
        ApplicationContent application = ApplicationJson.read(in, JsonFields.member(o, "application"),
                "application", plan);
        if (!in.errors().isEmpty()) {
            throw new InvalidInputException(in.errors());
        }
        return new CheckRequest(at, society, others, application);
    }

    /** An ISO date-time with an offset; one without is read in the plan's zone. */
    private static Instant instant(JsonFields in, Json.Obj o, PlanYear plan) {
        String text = in.string(o, "at", "");
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(plan.zone()).toInstant();
            } catch (DateTimeException e2) {
                in.error("at", "must be an ISO date-time like 2021-05-20T10:00:00+08:00, not \"" + text + "\"");
                return null;
            }
        }
    }
}
