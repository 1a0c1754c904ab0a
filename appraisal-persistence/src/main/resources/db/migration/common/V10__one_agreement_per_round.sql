-- One agreement per person per round: what changes after signing is an amendment, a new revision
-- of the same agreement, never a second agreement. A unique index holds it, so two drafts racing
-- cannot both land even where each looked first and found none.
--
-- A store made before the rule may hold several agreements of one person in a round (the API, the
-- web page and `agreement export | agreement import -` could draft another). This migration must
-- not fail on them, nor choose for people which one counts. So the index is on
-- (round_id, appraisee_id, duplicate_key): duplicate_key is '' on every agreement but those it
-- finds already duplicating an earlier one (by id) of the same person and round, which get their
-- own id. The index holds from here on for everyone, the old duplicates stay as they were,
-- `appraisal check` reports them (agreement.duplicate-in-round), and `appraisal agreement withdraw`
-- takes them out one by one; a withdrawal that takes the row holding '' gives '' to a remaining one.
-- The index also serves the lookups by round and appraisee, so the index it replaces goes.
ALTER TABLE agreement ADD COLUMN duplicate_key ${id} NOT NULL DEFAULT '';
UPDATE agreement SET duplicate_key = id
WHERE EXISTS (SELECT 1 FROM agreement earlier
              WHERE earlier.round_id = agreement.round_id AND earlier.appraisee_id = agreement.appraisee_id
                AND earlier.id < agreement.id);
CREATE UNIQUE INDEX agreement_one_per_round ON agreement (round_id, appraisee_id, duplicate_key);
DROP INDEX agreement_by_round_appraisee;
