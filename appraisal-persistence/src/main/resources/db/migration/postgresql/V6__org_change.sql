-- A number that goes up whenever a unit or a person is added, changed or removed, by this
-- program or any other writing the same database: a server keeps the org tree in memory to work
-- out who sees whom, and reads this one row per request to know when to read the tree again.
-- Bookkeeping, not data: never backed up; a restore changes it through the triggers.
CREATE TABLE org_change (
    slot    INTEGER PRIMARY KEY CHECK (slot = 1),
    counter BIGINT  NOT NULL
);
INSERT INTO org_change (slot, counter) VALUES (1, 0);

CREATE FUNCTION org_change_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE org_change SET counter = counter + 1 WHERE slot = 1;
    RETURN NULL;
END;
$$;

-- Once per statement (TRUNCATE included), so a bulk import counts once.
CREATE TRIGGER org_unit_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_unit
    FOR EACH STATEMENT EXECUTE FUNCTION org_change_count();
CREATE TRIGGER person_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION org_change_count();
