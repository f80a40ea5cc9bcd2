-- V2: every paper copy that arrives is kept as a receipt (matched or not), and indexes for the
-- queries of the audit log and of submission. Existing data stays; recorded paper copies of V1
-- become receipts.

CREATE TABLE paper_copy_receipt (
    id                  VARCHAR(64)   NOT NULL,
    application_id      VARCHAR(64)   NOT NULL,
    printed_fingerprint CHAR(64)      NOT NULL,
    received_at         VARCHAR(30)   NOT NULL,
    recorded_by         VARCHAR(128)  NOT NULL,
    recorded_at         VARCHAR(30)   NOT NULL,
    matched             BOOLEAN       NOT NULL,
    note                VARCHAR(2000),
    CONSTRAINT paper_copy_receipt_pk PRIMARY KEY (id),
    CONSTRAINT paper_copy_receipt_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);

-- Paper copies recorded under V1 were matched by definition (the application only records a matching one).
INSERT INTO paper_copy_receipt (id, application_id, printed_fingerprint, received_at, recorded_by, recorded_at,
                                matched, note)
SELECT 'v2-' || id, id, fingerprint, paper_copy_received_at, 'schema-migration-V2', paper_copy_received_at,
       TRUE, 'recorded before receipts were kept; taken over by migration V2'
FROM application
WHERE paper_copy_received_at IS NOT NULL AND fingerprint IS NOT NULL;

CREATE INDEX audit_log_target_ix ON audit_log (target_type, target_id);
CREATE INDEX audit_log_occurred_ix ON audit_log (occurred_at);
CREATE INDEX application_society_year_ix ON application (society_code, plan_year, state);
CREATE INDEX application_year_state_ix ON application (plan_year, state);
