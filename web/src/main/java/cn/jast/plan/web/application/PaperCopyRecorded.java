package cn.jast.plan.web.application;

import java.time.Instant;

import cn.jast.plan.persistence.application.PaperCopyReceipt;

/** A paper copy the office recorded and the application took (a read model, not the stored receipt). */
public record PaperCopyRecorded(String id, String applicationId, String printedFingerprint, Instant receivedAt,
                                String recordedBy, boolean matched) {

    static PaperCopyRecorded of(PaperCopyReceipt r) {
        return new PaperCopyRecorded(r.id(), r.applicationId(), r.printedFingerprint(), r.receivedAt(),
                r.recordedBy(), r.matched());
    }
}
