-- V3: every saved version of an application's content is kept (issue #9): the draft as created and
-- after each revision, numbered from 1, with who saved it and when. Applications stored before V3
-- get their present content as revision 1.

CREATE TABLE application_revision (
    id              VARCHAR(80)   NOT NULL,
    application_id  VARCHAR(64)   NOT NULL,
    revision        INTEGER       NOT NULL,
    saved_at        VARCHAR(30)   NOT NULL,
    saved_by        VARCHAR(128)  NOT NULL,
    content         CLOB          NOT NULL,
    CONSTRAINT application_revision_pk PRIMARY KEY (id),
    CONSTRAINT application_revision_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT application_revision_uq UNIQUE (application_id, revision)
);

INSERT INTO application_revision (id, application_id, revision, saved_at, saved_by, content)
SELECT id || '#1', id, 1, created_at, 'schema-migration-V3', content
FROM application;
