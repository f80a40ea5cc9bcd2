-- V7: accounts made by the office (issue #13). The office gives a new account, or one whose password
-- it resets, a one-time password: password_change_required makes its owner set their own at the next
-- login. credentials_version counts the password's changes (reset, own change); a session or a
-- remembered login made under another count is no longer honoured, on every instance.
-- password_set_at says when the password was last set (null: as the account was first stored).

ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN credentials_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN password_set_at VARCHAR(30);
