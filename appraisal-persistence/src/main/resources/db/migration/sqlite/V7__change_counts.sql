-- More numbers a server reads to know whether what it keeps in memory is still what the database
-- holds, moved on by triggers whoever writes (this program, another process, a restore), one row
-- each in one table:
--   'access'             every change to an account or a bearer token: a server keeps the tokens
--                        lately used with their accounts, and reads this with the org's count (V6)
--                        on every request. Sessions are left out: they change as people click.
--   'agreement_removal'  every deletion of an agreement row (a restore that replaces the data
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

CREATE TRIGGER agreement_deleted AFTER DELETE ON agreement
    BEGIN UPDATE change_counter SET counter = counter + 1 WHERE name = 'agreement_removal'; END;
CREATE TRIGGER user_account_inserted AFTER INSERT ON user_account
    BEGIN UPDATE change_counter SET counter = counter + 1 WHERE name = 'access'; END;
CREATE TRIGGER user_account_updated AFTER UPDATE ON user_account
    BEGIN UPDATE change_counter SET counter = counter + 1 WHERE name = 'access'; END;
CREATE TRIGGER user_account_deleted AFTER DELETE ON user_account
    BEGIN UPDATE change_counter SET counter = counter + 1 WHERE name = 'access'; END;
CREATE TRIGGER access_token_inserted AFTER INSERT ON access_token
    BEGIN UPDATE change_counter SET counter = counter + 1 WHERE name = 'access'; END;
CREATE TRIGGER access_token_updated AFTER UPDATE ON access_token
    BEGIN UPDATE change_counter SET counter = counter + 1 WHERE name = 'access'; END;
CREATE TRIGGER access_token_deleted AFTER DELETE ON access_token
    BEGIN UPDATE change_counter SET counter = counter + 1 WHERE name = 'access'; END;
