-- Facts move into the rows they belong to, each set as one JSON object in the format the
-- domain's FactsCodec writes (the facts of an exported agreement):
--   item_result.facts           what the appraisee reported for the item (was source RESULT)
--   item_evaluation.judgements  the evaluator's judgements of the item (was JUDGEMENT)
--   agreement.context           the agreement's context facts, e.g. an office's headcount, of its
--                               current revision; agreement_revision.context those of a signed
--                               prior revision (was CONTEXT, per revision)
-- One typed row per fact was most of a round's rows (half a million for a department) and most
-- of the time it took to read a round. The value of each fact is kept exactly as it was: a
-- number as its decimal text, true/false, a step as {"done": ..., "on": "yyyy-mm-dd"}, a choice
-- as text; the facts of a set in the order they were reported.
ALTER TABLE agreement ADD COLUMN context TEXT NOT NULL DEFAULT '{}';
ALTER TABLE agreement_revision ADD COLUMN context TEXT NOT NULL DEFAULT '{}';
ALTER TABLE item_result ADD COLUMN facts TEXT NOT NULL DEFAULT '{}';
ALTER TABLE item_evaluation ADD COLUMN judgements TEXT NOT NULL DEFAULT '{}';
-- V9 (on each database) moves every fact stored until now into these columns and drops the
-- fact table.
