-- Every fact of the fact table into the JSON column of the row it belongs to (V8), then the table
-- goes. PostgreSQL builds each set with json_object_agg, in the order reported (ordinal); type
-- json, not jsonb: json keeps the order and a number's text as they are.
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
