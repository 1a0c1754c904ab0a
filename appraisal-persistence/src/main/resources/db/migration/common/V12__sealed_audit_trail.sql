-- A tamper-evident audit trail: each event carries the seal of the event before it in its
-- aggregate's trail, its own seal (a keyed hash of that seal and of the event: AuditSeal) and the
-- id of the key that sealed it; the key itself is kept outside the database. The events stored
-- before this migration are sealed by the program in this migration's transaction (Schema, after
-- this script), with the store's key. '' is what a row inserted by other means gets: no seal.
ALTER TABLE audit_event ADD COLUMN previous_seal TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_event ADD COLUMN seal TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_event ADD COLUMN seal_key TEXT NOT NULL DEFAULT '';

-- Which life of the store versions are counted in (StoreEpoch): one row, a random text set by the
-- program when the store is made (after this script) and renewed by every restore. ETags name it,
-- so a version read before a restore is never taken for the same number after it. Bookkeeping:
-- never backed up or restored.
CREATE TABLE store_epoch (
    slot  INTEGER PRIMARY KEY CHECK (slot = 1),
    epoch TEXT NOT NULL
);
