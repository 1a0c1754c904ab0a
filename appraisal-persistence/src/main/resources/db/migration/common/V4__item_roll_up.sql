-- How a parent item's result is computed from the items cascaded from it (RollUp): the method
-- (MEAN_LEVEL, MIN_LEVEL, SUM, ALL_DONE) and, for SUM and ALL_DONE, the fact read from the children.
ALTER TABLE agreement_item ADD COLUMN roll_up_method TEXT;
ALTER TABLE agreement_item ADD COLUMN roll_up_fact TEXT;
