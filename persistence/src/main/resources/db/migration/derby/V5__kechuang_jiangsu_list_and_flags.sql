-- V5: the Kechuang Jiangsu cross-check (LIMIT-5, II.3.5, issue #10 item 8). The 科创江苏 list the office
-- imported for a plan year (one row an entry, replaced whole by the next import of that year), and the
-- flags of the applications that match it, each with the entry as listed and the office's decision.
-- Nothing existing changes.

CREATE TABLE kechuang_entry (
    plan_year       INTEGER       NOT NULL,
    list_row        INTEGER       NOT NULL,
    society_code    VARCHAR(64),
    society_name    VARCHAR(1000),
    title           VARCHAR(1000) NOT NULL,
    imported_by     VARCHAR(128)  NOT NULL,
    imported_at     VARCHAR(30)   NOT NULL,
    CONSTRAINT kechuang_entry_pk PRIMARY KEY (plan_year, list_row)
);

CREATE TABLE kechuang_flag (
    id                   VARCHAR(64)   NOT NULL,
    plan_year            INTEGER       NOT NULL,
    application_id       VARCHAR(64)   NOT NULL,
    listed_row           INTEGER       NOT NULL,
    listed_society_code  VARCHAR(64),
    listed_society_name  VARCHAR(1000),
    listed_title         VARCHAR(1000) NOT NULL,
    matched_by           VARCHAR(16)   NOT NULL,
    title_key            VARCHAR(1000) NOT NULL,
    flagged_at           VARCHAR(30)   NOT NULL,
    state                VARCHAR(16)   NOT NULL,
    reason               VARCHAR(2000),
    decided_by           VARCHAR(128),
    decided_at           VARCHAR(30),
    version              BIGINT        NOT NULL,
    CONSTRAINT kechuang_flag_pk PRIMARY KEY (id),
    CONSTRAINT kechuang_flag_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX kechuang_flag_application_ix ON kechuang_flag (application_id);
CREATE INDEX kechuang_flag_year_ix ON kechuang_flag (plan_year, state);
