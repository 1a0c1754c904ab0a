-- A number that goes up whenever a unit or a person is added, changed or removed, by this
-- program or any other writing the same database: a server keeps the org tree in memory to work
-- out who sees whom, and reads this one row per request to know when to read the tree again.
-- Bookkeeping, not data: never backed up; a restore changes it through the triggers.
CREATE TABLE org_change (
    slot    INTEGER PRIMARY KEY CHECK (slot = 1),
    counter BIGINT  NOT NULL
);
INSERT INTO org_change (slot, counter) VALUES (1, 0);

CREATE TRIGGER org_unit_inserted AFTER INSERT ON org_unit BEGIN UPDATE org_change SET counter = counter + 1 WHERE slot = 1; END;
CREATE TRIGGER org_unit_updated AFTER UPDATE ON org_unit BEGIN UPDATE org_change SET counter = counter + 1 WHERE slot = 1; END;
CREATE TRIGGER org_unit_deleted AFTER DELETE ON org_unit BEGIN UPDATE org_change SET counter = counter + 1 WHERE slot = 1; END;
CREATE TRIGGER person_inserted AFTER INSERT ON person BEGIN UPDATE org_change SET counter = counter + 1 WHERE slot = 1; END;
CREATE TRIGGER person_updated AFTER UPDATE ON person BEGIN UPDATE org_change SET counter = counter + 1 WHERE slot = 1; END;
CREATE TRIGGER person_deleted AFTER DELETE ON person BEGIN UPDATE org_change SET counter = counter + 1 WHERE slot = 1; END;
