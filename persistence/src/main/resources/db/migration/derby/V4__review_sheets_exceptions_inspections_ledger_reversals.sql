-- V4: what follows submission (issue #10). Per-criterion score sheets beside each expert's total, the
-- office's reviewer profiles (conflicts of interest) and allocation exceptions, inspections (routine
-- supervision and the inspection of fund use) with their findings, and ledger reversals (a correction
-- points at the entry it reverses). Existing data stays as it is: old scores have no criteria, old
-- entries reverse nothing.

ALTER TABLE expert_score ADD COLUMN criteria_json VARCHAR(4000);

ALTER TABLE ledger_entry ADD COLUMN reverses VARCHAR(64);

CREATE TABLE reviewer_profile (
    expert              VARCHAR(64)   NOT NULL,
    societies           VARCHAR(4000) NOT NULL,
    work_unit           VARCHAR(500),
    declared_societies  VARCHAR(4000) NOT NULL,
    recorded_by         VARCHAR(128)  NOT NULL,
    recorded_at         VARCHAR(30)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT reviewer_profile_pk PRIMARY KEY (expert)
);

CREATE TABLE review_exception (
    application_id  VARCHAR(64)   NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    recorded_by     VARCHAR(128)  NOT NULL,
    recorded_at     VARCHAR(30)   NOT NULL,
    CONSTRAINT review_exception_pk PRIMARY KEY (application_id),
    CONSTRAINT review_exception_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE inspection (
    id              VARCHAR(64)   NOT NULL,
    application_id  VARCHAR(64)   NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    inspected_at    VARCHAR(30)   NOT NULL,
    inspected_by    VARCHAR(128)  NOT NULL,
    findings_json   CLOB          NOT NULL,
    terminates      BOOLEAN       NOT NULL,
    CONSTRAINT inspection_pk PRIMARY KEY (id),
    CONSTRAINT inspection_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX inspection_application_ix ON inspection (application_id);
