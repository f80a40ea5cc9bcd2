package cn.jast.plan.persistence.audit;

import java.time.Instant;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.exchange.ApplicationJson;
import cn.jast.plan.domain.exchange.JsonWriter;
import cn.jast.plan.domain.exchange.SocietyJson;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.support.InstantConverter;

/** The before/after JSON of the aggregates the audit log most often records. */
public final class AuditSnapshots {
    private AuditSnapshots() {
    }

    public static String of(Application a) {
        return JsonWriter.write(w -> w
                .field("id", a.id().value())
                .field("society", a.society().value())
                .field("planYear", a.planYear())
                .field("state", a.state().name())
                .field("fingerprint", a.fingerprint() == null ? null : a.fingerprint().hex())
                .field("createdAt", instant(a.createdAt()))
                .field("submittedAt", instant(a.submittedAt()))
                .field("paperCopyReceivedAt", instant(a.paperCopyReceivedAt()))
                .field("decidedAt", instant(a.decidedAt()))
                .field("closedAt", instant(a.closedAt()))
                .field("version", a.version())
                .raw("content", ApplicationJson.canonical(a.content())));
    }

    public static String of(Society s) {
        return JsonWriter.write(w -> w
                .field("code", s.id().value())
                .field("name", s.name())
                .field("version", s.version())
                .raw("profile", SocietyJson.canonical(s.profile())));
    }

    private static String instant(Instant i) {
        return i == null ? null : InstantConverter.format(i);
    }
}
