-- V6: notifications by e-mail and in the pages (issue #14). An outbox: each notification is written in
-- the transaction of the event that causes it (a submission, a paper copy, an assignment, ...), and a
-- worker sends the PENDING ones by SMTP, leasing a row while it sends, retrying with back-off and giving
-- up (FAILED) after the configured attempts. dedup_key is unique: what one event or one reminder run
-- would queue twice is queued once. An account gets the e-mail address and language its mail goes to.

CREATE TABLE notification (
    id               VARCHAR(64)   NOT NULL,
    dedup_key        VARCHAR(400)  NOT NULL,
    recipient        VARCHAR(64)   NOT NULL,
    address          VARCHAR(320),
    language         VARCHAR(8)    NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    body             VARCHAR(8000) NOT NULL,
    created_at       VARCHAR(30)   NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  VARCHAR(30),
    lease_until      VARCHAR(30),
    leased_by        VARCHAR(128),
    sent_at          VARCHAR(30),
    last_error       VARCHAR(2000),
    read_at          VARCHAR(30),
    CONSTRAINT notification_pk PRIMARY KEY (id),
    CONSTRAINT notification_dedup_uq UNIQUE (dedup_key)
);
CREATE INDEX notification_due_ix ON notification (state, next_attempt_at);
CREATE INDEX notification_recipient_ix ON notification (recipient, created_at);

ALTER TABLE app_user ADD COLUMN email VARCHAR(320);
ALTER TABLE app_user ADD COLUMN language VARCHAR(8);
