package cn.jast.plan.web.application.rest;

import java.time.Instant;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.exchange.ApplicationJson;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An application as the API shows it: identity, state, fingerprint, version, timestamps and its content (API.md shape). */
@JsonbPropertyOrder({"id", "year", "society", "category", "subProject", "title", "state", "fingerprint", "version",
        "createdAt", "submittedAt", "paperCopyReceivedAt", "decidedAt", "closedAt", "content"})
public record ApplicationView(String id, int year, String society, String category, String subProject, String title,
                              String state, String fingerprint, long version, Instant createdAt, Instant submittedAt,
                              Instant paperCopyReceivedAt, Instant decidedAt, Instant closedAt, JsonValue content) {

    /** The same view without the applying society, for a blind review (the plan year's choice). */
    public ApplicationView withoutApplicant() {
        return new ApplicationView(id, year, null, category, subProject, title, state, fingerprint, version, createdAt,
                submittedAt, paperCopyReceivedAt, decidedAt, closedAt, content);
    }

    public static ApplicationView of(Application a) {
        return new ApplicationView(a.id().value(), a.planYear(), a.society().value(), a.category(), a.subProject(),
                a.content().title(), a.state().name(), a.fingerprint() == null ? null : a.fingerprint().hex(),
                a.version(), a.createdAt(), a.submittedAt(), a.paperCopyReceivedAt(), a.decidedAt(), a.closedAt(),
                RawJson.of(ApplicationJson.canonical(a.content())));
    }
}
