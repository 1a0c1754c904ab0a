-- Two more numbers a server reads to know whether what it keeps in memory is still what the
-- database holds, moved on by triggers whoever writes (this program, another process, a restore).
-- Bookkeeping, not data: never backed up; a restore changes them through the triggers.

-- Goes up whenever agreement rows are deleted (a restore that replaces the data deletes them
-- all). A server keeps agreements it has read and, per request, checks the stored version and this
-- number: every save moves an agreement's version, so only a deletion followed by a new row with
-- the same id and version could otherwise pass for the kept one.
CREATE TABLE agreement_removal (
    slot    INTEGER PRIMARY KEY CHECK (slot = 1),
    counter BIGINT  NOT NULL
);
INSERT INTO agreement_removal (slot, counter) VALUES (1, 0);

CREATE FUNCTION agreement_removal_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agreement_removal SET counter = counter + 1 WHERE slot = 1;
    RETURN NULL;
END;
$$;

-- Once per statement (TRUNCATE included), so a restore counts once.
CREATE TRIGGER agreement_removed AFTER DELETE OR TRUNCATE ON agreement
    FOR EACH STATEMENT EXECUTE FUNCTION agreement_removal_count();

-- Goes up whenever an account or a bearer token is added, changed (disabled, revoked) or removed:
-- a server keeps the tokens lately used with their accounts, and reads this with the org's count
-- (V6) on every request. Sessions are left out: they change as people click.
CREATE TABLE access_change (
    slot    INTEGER PRIMARY KEY CHECK (slot = 1),
    counter BIGINT  NOT NULL
);
INSERT INTO access_change (slot, counter) VALUES (1, 0);

CREATE FUNCTION access_change_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE access_change SET counter = counter + 1 WHERE slot = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER user_account_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_account
    FOR EACH STATEMENT EXECUTE FUNCTION access_change_count();
CREATE TRIGGER access_token_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON access_token
    FOR EACH STATEMENT EXECUTE FUNCTION access_change_count();
