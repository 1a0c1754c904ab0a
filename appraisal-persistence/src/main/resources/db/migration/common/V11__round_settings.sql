-- A round's settings (the domain's RoundSettings): whether closing an agreement needs the
-- reviewer's opinion, and the evidence one agreement may keep (files, and bytes of those files
-- together). Rounds stored before this migration get the standard settings, which are what they
-- were held to until now: the review required.
ALTER TABLE round ADD COLUMN review_policy TEXT NOT NULL DEFAULT 'REQUIRED'
    CHECK (review_policy IN ('REQUIRED', 'OPTIONAL'));
ALTER TABLE round ADD COLUMN evidence_max_files INTEGER NOT NULL DEFAULT 20 CHECK (evidence_max_files >= 0);
ALTER TABLE round ADD COLUMN evidence_max_bytes BIGINT NOT NULL DEFAULT 20971520 CHECK (evidence_max_bytes >= 0);
