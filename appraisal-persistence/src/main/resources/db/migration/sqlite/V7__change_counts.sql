-- Two more numbers a server reads to know whether what it keeps in memory is still what the
-- database holds, moved on by triggers whoever writes (this program, another process, a restore).
-- Bookkeeping, not data: never backed up; a restore changes them through the triggers.

-- Goes up whenever an agreement row is deleted (a restore that replaces the data deletes them
-- all). A server keeps agreements it has read and, per request, checks the stored version and this
-- number: every save moves an agreement's version, so only a deletion followed by a new row with
-- the same id and version could otherwise pass for the kept one.
CREATE TABLE agreement_removal (
    slot    INTEGER PRIMARY KEY CHECK (slot = 1),
    counter BIGINT  NOT NULL
);
INSERT INTO agreement_removal (slot, counter) VALUES (1, 0);

CREATE TRIGGER agreement_deleted AFTER DELETE ON agreement BEGIN UPDATE agreement_removal SET counter = counter + 1 WHERE slot = 1; END;

-- Goes up whenever an account or a bearer token is added, changed (disabled, revoked) or removed:
-- a server keeps the tokens lately used with their accounts, and reads this with the org's count
-- (V6) on every request. Sessions are left out: they change as people click.
CREATE TABLE access_change (
    slot    INTEGER PRIMARY KEY CHECK (slot = 1),
    counter BIGINT  NOT NULL
);
INSERT INTO access_change (slot, counter) VALUES (1, 0);

CREATE TRIGGER user_account_inserted AFTER INSERT ON user_account BEGIN UPDATE access_change SET counter = counter + 1 WHERE slot = 1; END;
CREATE TRIGGER user_account_updated AFTER UPDATE ON user_account BEGIN UPDATE access_change SET counter = counter + 1 WHERE slot = 1; END;
CREATE TRIGGER user_account_deleted AFTER DELETE ON user_account BEGIN UPDATE access_change SET counter = counter + 1 WHERE slot = 1; END;
CREATE TRIGGER access_token_inserted AFTER INSERT ON access_token BEGIN UPDATE access_change SET counter = counter + 1 WHERE slot = 1; END;
CREATE TRIGGER access_token_updated AFTER UPDATE ON access_token BEGIN UPDATE access_change SET counter = counter + 1 WHERE slot = 1; END;
CREATE TRIGGER access_token_deleted AFTER DELETE ON access_token BEGIN UPDATE access_change SET counter = counter + 1 WHERE slot = 1; END;
