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
-- as text; the facts of a set in the order they were reported. Type json, not jsonb: json keeps
-- the order and a number's text as they are.
ALTER TABLE agreement ADD COLUMN context TEXT NOT NULL DEFAULT '{}';
ALTER TABLE agreement_revision ADD COLUMN context TEXT NOT NULL DEFAULT '{}';
ALTER TABLE item_result ADD COLUMN facts TEXT NOT NULL DEFAULT '{}';
ALTER TABLE item_evaluation ADD COLUMN judgements TEXT NOT NULL DEFAULT '{}';

CREATE TEMPORARY TABLE fact_set AS
SELECT agreement_id, source, revision, item_id,
       json_object_agg(name, CASE value_type
           WHEN 'QUANTITY' THEN quantity::json
           WHEN 'FLAG' THEN to_json(flag)
           WHEN 'STEP' THEN CASE WHEN done_on IS NULL THEN json_build_object('done', done)
                                 ELSE json_build_object('done', done, 'on', done_on) END
           ELSE to_json(choice) END ORDER BY ordinal)::text AS facts
FROM fact
GROUP BY agreement_id, source, revision, item_id;

UPDATE agreement a SET context = s.facts FROM fact_set s
    WHERE s.agreement_id = a.id AND s.source = 'CONTEXT' AND s.revision = a.revision AND s.item_id = '';
UPDATE agreement_revision r SET context = s.facts FROM fact_set s
    WHERE s.agreement_id = r.agreement_id AND s.source = 'CONTEXT' AND s.revision = r.revision AND s.item_id = '';
UPDATE item_result r SET facts = s.facts FROM fact_set s
    WHERE s.agreement_id = r.agreement_id AND s.source = 'RESULT' AND s.revision = 0 AND s.item_id = r.item_id;
UPDATE item_evaluation e SET judgements = s.facts FROM fact_set s
    WHERE s.agreement_id = e.agreement_id AND s.source = 'JUDGEMENT' AND s.revision = 0 AND s.item_id = e.item_id;

DROP TABLE fact_set;
DROP TABLE fact;
