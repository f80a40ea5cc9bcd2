package cn.jast.plan.web.application;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.exchange.ApplicationJson;
import cn.jast.plan.persistence.application.ApplicationRevision;

import java.time.Instant;

/**
 * A saved version of an application's content as the services answer it (read model): its number, when
 * and by whom it was saved, and the content in its canonical JSON, as stored.
 */
public record Revision(String applicationId, int revision, Instant savedAt, String savedBy, String contentJson) {

    public static Revision of(ApplicationRevision r) {
        return new Revision(r.applicationId(), r.revision(), r.savedAt(), r.savedBy(), r.contentJson());
    }

    /** The content as it was saved (read back without its plan year, as stored content is). */
    public ApplicationContent content() {
        return ApplicationJson.read(contentJson);
    }
}
