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

CREATE TEMPORARY TABLE fact_set AS
SELECT agreement_id, source, revision, item_id,
       json_group_object(name, CASE value_type
           WHEN 'QUANTITY' THEN json(quantity)
           WHEN 'FLAG' THEN json(CASE WHEN flag THEN 'true' ELSE 'false' END)
           WHEN 'STEP' THEN CASE WHEN done_on IS NULL THEN json_object('done', json(CASE WHEN done THEN 'true' ELSE 'false' END))
                                 ELSE json_object('done', json(CASE WHEN done THEN 'true' ELSE 'false' END), 'on', done_on) END
           ELSE choice END ORDER BY ordinal) AS facts
FROM fact
GROUP BY agreement_id, source, revision, item_id;
CREATE INDEX temp.fact_set_key ON fact_set (agreement_id, source, revision, item_id);

UPDATE agreement SET context = COALESCE((SELECT s.facts FROM fact_set s
    WHERE s.agreement_id = agreement.id AND s.source = 'CONTEXT' AND s.revision = agreement.revision AND s.item_id = ''), '{}');
UPDATE agreement_revision SET context = COALESCE((SELECT s.facts FROM fact_set s
    WHERE s.agreement_id = agreement_revision.agreement_id AND s.source = 'CONTEXT' AND s.revision = agreement_revision.revision
      AND s.item_id = ''), '{}');
UPDATE item_result SET facts = COALESCE((SELECT s.facts FROM fact_set s
    WHERE s.agreement_id = item_result.agreement_id AND s.source = 'RESULT' AND s.revision = 0 AND s.item_id = item_result.item_id), '{}');
UPDATE item_evaluation SET judgements = COALESCE((SELECT s.facts FROM fact_set s
    WHERE s.agreement_id = item_evaluation.agreement_id AND s.source = 'JUDGEMENT' AND s.revision = 0
      AND s.item_id = item_evaluation.item_id), '{}');

DROP TABLE fact_set;
DROP INDEX fact_by_name;
DROP TABLE fact;
