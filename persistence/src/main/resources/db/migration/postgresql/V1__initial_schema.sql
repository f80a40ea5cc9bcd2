-- V1: the schema of the first release (plan year 2021), PostgreSQL.
-- Instants are fixed-width UTC text (VARCHAR(30), see InstantConverter); JSON documents are TEXT.

CREATE TABLE society (
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    profile     TEXT         NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT society_pk PRIMARY KEY (code)
);

CREATE TABLE app_user (
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    society_code    VARCHAR(64),
    failed_logins   INTEGER      NOT NULL,
    locked_until    VARCHAR(30),
    last_login_at   VARCHAR(30),
    created_at      VARCHAR(30)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT app_user_pk PRIMARY KEY (username),
    CONSTRAINT app_user_society_fk FOREIGN KEY (society_code) REFERENCES society (code)
);

CREATE TABLE app_user_role (
    username    VARCHAR(64) NOT NULL,
    role_name   VARCHAR(16) NOT NULL,
    CONSTRAINT app_user_role_pk PRIMARY KEY (username, role_name),
    CONSTRAINT app_user_role_user_fk FOREIGN KEY (username) REFERENCES app_user (username)
);

CREATE TABLE plan_year (
    plan_year   INTEGER      NOT NULL,
    source_name VARCHAR(255) NOT NULL,
    plan_json   TEXT         NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    stored_at   VARCHAR(30)  NOT NULL,
    stored_by   VARCHAR(128) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT plan_year_pk PRIMARY KEY (plan_year)
);

CREATE TABLE application (
    id                      VARCHAR(64) NOT NULL,
    society_code            VARCHAR(64) NOT NULL,
    plan_year               INTEGER     NOT NULL,
    category                VARCHAR(64) NOT NULL,
    sub_project             VARCHAR(64),
    content                 TEXT        NOT NULL,
    state                   VARCHAR(32) NOT NULL,
    fingerprint             CHAR(64),
    created_at              VARCHAR(30) NOT NULL,
    submitted_at            VARCHAR(30),
    paper_copy_received_at  VARCHAR(30),
    decided_at              VARCHAR(30),
    closed_at               VARCHAR(30),
    version                 BIGINT      NOT NULL,
    CONSTRAINT application_pk PRIMARY KEY (id),
    CONSTRAINT application_society_fk FOREIGN KEY (society_code) REFERENCES society (code)
);

CREATE TABLE attachment (
    id              VARCHAR(64)  NOT NULL,
    application_id  VARCHAR(64)  NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    content_type    VARCHAR(127) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    stored_at       VARCHAR(30)  NOT NULL,
    stored_by       VARCHAR(128) NOT NULL,
    CONSTRAINT attachment_pk PRIMARY KEY (id),
    CONSTRAINT attachment_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT attachment_size_ck CHECK (size_bytes >= 0)
);

CREATE TABLE attachment_content (
    attachment_id   VARCHAR(64) NOT NULL,
    bytes           BYTEA        NOT NULL,
    CONSTRAINT attachment_content_pk PRIMARY KEY (attachment_id),
    CONSTRAINT attachment_content_fk FOREIGN KEY (attachment_id) REFERENCES attachment (id)
);

CREATE TABLE expert_assignment (
    application_id  VARCHAR(64)   NOT NULL,
    expert          VARCHAR(64)   NOT NULL,
    assigned_at     VARCHAR(30)   NOT NULL,
    declined_at     VARCHAR(30),
    decline_reason  VARCHAR(2000),
    version         BIGINT        NOT NULL,
    CONSTRAINT expert_assignment_pk PRIMARY KEY (application_id, expert),
    CONSTRAINT expert_assignment_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE expert_score (
    application_id  VARCHAR(64)   NOT NULL,
    expert          VARCHAR(64)   NOT NULL,
    score           NUMERIC(7,2)  NOT NULL,
    score_comment   VARCHAR(4000),
    scored_at       VARCHAR(30)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT expert_score_pk PRIMARY KEY (application_id, expert),
    CONSTRAINT expert_score_assignment_fk FOREIGN KEY (application_id, expert)
        REFERENCES expert_assignment (application_id, expert),
    CONSTRAINT expert_score_ck CHECK (score >= 0)
);

CREATE TABLE allocation_outcome (
    application_id   VARCHAR(64) NOT NULL,
    plan_year        INTEGER     NOT NULL,
    list_order       INTEGER     NOT NULL,
    quota_group      VARCHAR(130) NOT NULL,
    rank_in_group    INTEGER     NOT NULL,
    quota            INTEGER     NOT NULL,
    group_size       INTEGER     NOT NULL,
    within_quota     BOOLEAN     NOT NULL,
    reserve_position INTEGER     NOT NULL,
    score            DOUBLE PRECISION      NOT NULL,
    allocated_at     VARCHAR(30) NOT NULL,
    CONSTRAINT allocation_outcome_pk PRIMARY KEY (application_id),
    CONSTRAINT allocation_outcome_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE publicity_notice (
    id              VARCHAR(64)  NOT NULL,
    plan_year       INTEGER      NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    title           VARCHAR(500) NOT NULL,
    first_day       DATE         NOT NULL,
    last_day        DATE         NOT NULL,
    working_days    INTEGER      NOT NULL,
    time_zone       VARCHAR(64)  NOT NULL,
    published_at    VARCHAR(30)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT publicity_notice_pk PRIMARY KEY (id)
);

CREATE TABLE publicity_notice_application (
    notice_id       VARCHAR(64) NOT NULL,
    list_index      INTEGER     NOT NULL,
    application_id  VARCHAR(64) NOT NULL,
    CONSTRAINT publicity_notice_application_pk PRIMARY KEY (notice_id, list_index),
    CONSTRAINT publicity_notice_application_notice_fk FOREIGN KEY (notice_id) REFERENCES publicity_notice (id),
    CONSTRAINT publicity_notice_application_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE objection (
    id              VARCHAR(64)   NOT NULL,
    notice_id       VARCHAR(64)   NOT NULL,
    application_id  VARCHAR(64)   NOT NULL,
    objection_text  TEXT          NOT NULL,
    raised_by       VARCHAR(300),
    raised_at       VARCHAR(30)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    decision_note   VARCHAR(4000),
    version         BIGINT        NOT NULL,
    CONSTRAINT objection_pk PRIMARY KEY (id),
    CONSTRAINT objection_notice_fk FOREIGN KEY (notice_id) REFERENCES publicity_notice (id),
    CONSTRAINT objection_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE project_report (
    id              VARCHAR(64) NOT NULL,
    application_id  VARCHAR(64) NOT NULL,
    kind            VARCHAR(32) NOT NULL,
    report_text     TEXT        NOT NULL,
    filed_at        VARCHAR(30) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT project_report_pk PRIMARY KEY (id),
    CONSTRAINT project_report_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE project_report_evidence (
    report_id       VARCHAR(64) NOT NULL,
    list_index      INTEGER     NOT NULL,
    attachment_id   VARCHAR(64) NOT NULL,
    CONSTRAINT project_report_evidence_pk PRIMARY KEY (report_id, list_index),
    CONSTRAINT project_report_evidence_report_fk FOREIGN KEY (report_id) REFERENCES project_report (id),
    CONSTRAINT project_report_evidence_attachment_fk FOREIGN KEY (attachment_id) REFERENCES attachment (id)
);

CREATE TABLE assessment_result (
    id              VARCHAR(64)   NOT NULL,
    application_id  VARCHAR(64)   NOT NULL,
    stage           VARCHAR(16)   NOT NULL,
    passed          BOOLEAN       NOT NULL,
    note            VARCHAR(4000),
    assessed_by     VARCHAR(128)  NOT NULL,
    assessed_at     VARCHAR(30)   NOT NULL,
    CONSTRAINT assessment_result_pk PRIMARY KEY (id),
    CONSTRAINT assessment_result_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE funding_decision (
    application_id  VARCHAR(64)  NOT NULL,
    outcome         VARCHAR(32)  NOT NULL,
    funding_year    INTEGER,
    decided_at      VARCHAR(30)  NOT NULL,
    decided_by      VARCHAR(128) NOT NULL,
    CONSTRAINT funding_decision_pk PRIMARY KEY (application_id),
    CONSTRAINT funding_decision_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE ledger_entry (
    id              VARCHAR(64)   NOT NULL,
    application_id  VARCHAR(64)   NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    item            VARCHAR(500)  NOT NULL,
    amount          NUMERIC(15,2) NOT NULL,
    booked_on       DATE          NOT NULL,
    recorded_by     VARCHAR(128)  NOT NULL,
    recorded_at     VARCHAR(30)   NOT NULL,
    CONSTRAINT ledger_entry_pk PRIMARY KEY (id),
    CONSTRAINT ledger_entry_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);

-- The audit log: append-only, each entry carrying the hash of the one before (see AuditLog).
CREATE TABLE audit_log (
    seq             BIGINT       NOT NULL,
    occurred_at     VARCHAR(30)  NOT NULL,
    actor           VARCHAR(200) NOT NULL,
    action          VARCHAR(100) NOT NULL,
    target_type     VARCHAR(64),
    target_id       VARCHAR(200),
    before_json     TEXT,
    after_json      TEXT,
    previous_hash   CHAR(64)     NOT NULL,
    entry_hash      CHAR(64)     NOT NULL,
    CONSTRAINT audit_log_pk PRIMARY KEY (seq),
    -- No two entries may link to the same predecessor: the chain cannot fork.
    CONSTRAINT audit_log_previous_uq UNIQUE (previous_hash),
    CONSTRAINT audit_log_hash_uq UNIQUE (entry_hash)
);

-- The one row every append locks, so that appends are serialised and each links to the last.
CREATE TABLE audit_chain_head (
    id          INTEGER  NOT NULL,
    last_seq    BIGINT   NOT NULL,
    last_hash   CHAR(64) NOT NULL,
    CONSTRAINT audit_chain_head_pk PRIMARY KEY (id),
    CONSTRAINT audit_chain_head_one_ck CHECK (id = 1)
);

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- PostgreSQL does not index foreign keys by itself (Derby does): the ones the repositories query by.
CREATE INDEX app_user_society_ix ON app_user (society_code);
CREATE INDEX application_society_ix ON application (society_code);
CREATE INDEX attachment_application_ix ON attachment (application_id);
CREATE INDEX expert_assignment_expert_ix ON expert_assignment (expert);
CREATE INDEX publicity_notice_application_app_ix ON publicity_notice_application (application_id);
CREATE INDEX objection_notice_ix ON objection (notice_id);
CREATE INDEX objection_application_ix ON objection (application_id);
CREATE INDEX project_report_application_ix ON project_report (application_id);
CREATE INDEX project_report_evidence_attachment_ix ON project_report_evidence (attachment_id);
CREATE INDEX assessment_result_application_ix ON assessment_result (application_id);
CREATE INDEX ledger_entry_application_ix ON ledger_entry (application_id);

-- On PostgreSQL the database itself refuses to change or delete audit entries; the hash chain
-- still shows it if someone with the rights to drop this trigger did so.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
