-- Every fact of the fact table into the JSON column of the row it belongs to (V8), then the table
-- goes. SQLite builds each set with json_group_object, in the order reported (ordinal).
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
