-- More numbers a server reads to know whether what it keeps in memory is still what the database
-- holds, moved on by triggers whoever writes (this program, another process, a restore), one row
-- each in one table:
--   'access'             every change to an account or a bearer token: a server keeps the tokens
--                        lately used with their accounts, and reads this with the org's count (V6)
--                        on every request. Sessions are left out: they change as people click.
--   'agreement_removal'  every deletion of agreement rows (a restore that replaces the data
--                        deletes them all): a server keeps agreements it has read and checks the
--                        stored version and this number; every save moves the version, so only a
--                        deletion followed by a new row with the same id and version could
--                        otherwise pass for the kept one.
-- Bookkeeping, not data: never backed up; a restore changes them through the triggers.
CREATE TABLE change_counter (
    name    TEXT   PRIMARY KEY,
    counter BIGINT NOT NULL
);
INSERT INTO change_counter (name, counter) VALUES ('access', 0), ('agreement_removal', 0);

-- The counter named by the trigger's argument; once per statement (TRUNCATE included), so a bulk change counts once.
CREATE FUNCTION change_counter_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE change_counter SET counter = counter + 1 WHERE name = TG_ARGV[0];
    RETURN NULL;
END;
$$;

CREATE TRIGGER agreement_removed AFTER DELETE OR TRUNCATE ON agreement
    FOR EACH STATEMENT EXECUTE FUNCTION change_counter_count('agreement_removal');
CREATE TRIGGER user_account_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_account
    FOR EACH STATEMENT EXECUTE FUNCTION change_counter_count('access');
CREATE TRIGGER access_token_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON access_token
    FOR EACH STATEMENT EXECUTE FUNCTION change_counter_count('access');
