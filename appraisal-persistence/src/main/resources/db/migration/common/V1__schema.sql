-- The appraisal store: one script for SQLite and PostgreSQL.
--
-- What differs between the two databases is only the placeholders, set in Dialect.java:
--   ${id}        identifiers and codes, ordered by code point on both (PostgreSQL: COLLATE "C",
--                so a list "ordered by id" is the same whatever locale the cluster was made with)
--   ${identity}  an auto-numbered primary key
-- and the append-only trigger of the audit trail (V2, one file per database).
--
-- Conventions that let one script serve both:
--   * Exact decimals (weights, reported quantities) are TEXT holding Java's BigDecimal text: exact,
--     scale kept ("87.250" stays "87.250") on both. Ad-hoc SQL casts: CAST(quantity AS NUMERIC).
--   * Instants are TEXT, UTC, ISO-8601 with nine fraction digits: exact to the nanosecond a clock
--     gives (PostgreSQL's timestamptz keeps microseconds only) and sortable as text.
--   * Dates are TEXT yyyy-mm-dd. BOOLEAN is native in PostgreSQL and 0/1 in SQLite.
--   * Criteria, indicator versions and scoring schemes are JSON written by the domain's codecs:
--     the one mapping of the interchange format, never a second one here.
--   * Aggregates refer to each other by id without foreign keys (people, units, rounds and
--     agreements are imported in any order); rows inside one aggregate have foreign keys that
--     cascade, so an agreement's rows cannot outlive or miss their agreement.

CREATE TABLE org_unit (
    id        ${id} PRIMARY KEY,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    parent_id ${id}
);
CREATE INDEX org_unit_by_parent ON org_unit (parent_id);

CREATE TABLE person (
    id             ${id} PRIMARY KEY,
    name           TEXT NOT NULL,
    position_title TEXT NOT NULL,
    position_level TEXT NOT NULL,
    unit_id        ${id} NOT NULL,
    supervisor_id  ${id},
    on_probation   BOOLEAN NOT NULL
);
CREATE INDEX person_by_unit ON person (unit_id);
CREATE INDEX person_by_supervisor ON person (supervisor_id);

CREATE TABLE round (
    id          ${id} PRIMARY KEY,
    fiscal_year INTEGER NOT NULL,
    number      INTEGER NOT NULL,
    scheme      TEXT NOT NULL
);

CREATE TABLE round_deadline (
    round_id ${id} NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    due      TEXT NOT NULL,
    label    TEXT NOT NULL,
    PRIMARY KEY (round_id, ordinal)
);

-- Versions are immutable: the repository inserts, never updates.
CREATE TABLE indicator_version (
    code    ${id} NOT NULL,
    version INTEGER NOT NULL,
    title   TEXT NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (code, version)
);

-- The agreement aggregate. The header holds the one-of-a-kind parts (evaluation, acknowledgement,
-- review); everything that repeats is a row below. "version" is the optimistic lock.
CREATE TABLE agreement (
    id             ${id} PRIMARY KEY,
    round_id       ${id} NOT NULL,
    appraisee_id   ${id} NOT NULL,
    evaluator_id   ${id} NOT NULL,
    parent_id      ${id},
    status         TEXT NOT NULL,
    version        BIGINT NOT NULL,
    revision       INTEGER NOT NULL,
    evaluated_by   ${id},
    evaluated_at   TEXT,
    ack_kind       TEXT,
    ack_by         ${id},
    ack_witness    ${id},
    ack_note       TEXT,
    ack_at         TEXT,
    reviewed_by    ${id},
    review_opinion TEXT,
    reviewed_at    TEXT
);
CREATE INDEX agreement_by_round_appraisee ON agreement (round_id, appraisee_id);
CREATE INDEX agreement_by_parent ON agreement (parent_id);

-- Items of the current revision and of every signed prior revision (nothing signed is lost).
CREATE TABLE agreement_item (
    agreement_id        ${id} NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    revision            INTEGER NOT NULL,
    item_id             ${id} NOT NULL,
    ordinal             INTEGER NOT NULL,
    section             TEXT NOT NULL,
    indicator_code      ${id} NOT NULL,
    indicator_version   INTEGER NOT NULL,
    weight              TEXT NOT NULL,
    responsible_unit    TEXT NOT NULL,
    parent_agreement_id ${id},
    parent_item_id      ${id},
    adjustment_reason   TEXT NOT NULL,
    PRIMARY KEY (agreement_id, revision, item_id)
);
CREATE INDEX agreement_item_by_indicator ON agreement_item (indicator_code, indicator_version);
CREATE INDEX agreement_item_by_parent_item ON agreement_item (parent_agreement_id, parent_item_id);

-- A local target adjustment: the criterion that replaces one level for this item only.
CREATE TABLE item_target_adjustment (
    agreement_id ${id} NOT NULL,
    revision     INTEGER NOT NULL,
    item_id      ${id} NOT NULL,
    level        INTEGER NOT NULL,
    criterion    TEXT NOT NULL,
    PRIMARY KEY (agreement_id, revision, item_id, level),
    FOREIGN KEY (agreement_id, revision, item_id) REFERENCES agreement_item (agreement_id, revision, item_id) ON DELETE CASCADE
);

CREATE TABLE agreement_signature (
    agreement_id ${id} NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    revision     INTEGER NOT NULL,
    role         TEXT NOT NULL,
    ordinal      INTEGER NOT NULL,
    signer_id    ${id} NOT NULL,
    signed_at    TEXT NOT NULL,
    PRIMARY KEY (agreement_id, revision, role)
);

-- A signed revision superseded by an amendment: who amended it, why and when.
CREATE TABLE agreement_revision (
    agreement_id     ${id} NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    revision         INTEGER NOT NULL,
    amended_by       ${id} NOT NULL,
    amendment_reason TEXT NOT NULL,
    amended_at       TEXT NOT NULL,
    PRIMARY KEY (agreement_id, revision)
);

CREATE TABLE item_result (
    agreement_id ${id} NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    item_id      ${id} NOT NULL,
    ordinal      INTEGER NOT NULL,
    reported_by  ${id} NOT NULL,
    reported_at  TEXT NOT NULL,
    PRIMARY KEY (agreement_id, item_id)
);

CREATE TABLE evidence (
    agreement_id ${id} NOT NULL,
    item_id      ${id} NOT NULL,
    ordinal      INTEGER NOT NULL,
    name         TEXT NOT NULL,
    uri          TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    size_bytes   BIGINT NOT NULL,
    media_type   TEXT NOT NULL,
    PRIMARY KEY (agreement_id, item_id, ordinal),
    FOREIGN KEY (agreement_id, item_id) REFERENCES item_result (agreement_id, item_id) ON DELETE CASCADE
);
CREATE INDEX evidence_by_sha256 ON evidence (sha256);

-- Every fact of an agreement, one typed row each, so roll-ups and dashboards can read one fact
-- across many agreements:
--   source CONTEXT   the office's facts as of a revision (revision = that revision, item_id = '')
--   source RESULT    what was reported for an item (revision = 0)
--   source JUDGEMENT the evaluator's yes/no on an item (revision = 0)
-- value_type says which value column holds the value: QUANTITY -> quantity (exact decimal text),
-- FLAG -> flag, STEP -> done and done_on (a date, when known), CHOICE -> choice.
CREATE TABLE fact (
    agreement_id ${id} NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    source       TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    item_id      ${id} NOT NULL,
    name         ${id} NOT NULL,
    ordinal      INTEGER NOT NULL,
    value_type   TEXT NOT NULL,
    quantity     TEXT,
    flag         BOOLEAN,
    done         BOOLEAN,
    done_on      TEXT,
    choice       TEXT,
    PRIMARY KEY (agreement_id, source, revision, item_id, name)
);
CREATE INDEX fact_by_name ON fact (name, source);

-- The evaluator's view of one item: an override with its reason, and a comment.
CREATE TABLE item_evaluation (
    agreement_id    ${id} NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    item_id         ${id} NOT NULL,
    ordinal         INTEGER NOT NULL,
    override_level  INTEGER,
    override_reason TEXT,
    comment         TEXT NOT NULL,
    PRIMARY KEY (agreement_id, item_id)
);

CREATE TABLE competency_level (
    agreement_id ${id} NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    code         ${id} NOT NULL,
    ordinal      INTEGER NOT NULL,
    level        INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, code)
);

-- A reopening, with the acknowledgement and review it set aside (same columns as the header's).
CREATE TABLE agreement_reopening (
    agreement_id   ${id} NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    reopened_by    ${id} NOT NULL,
    reason         TEXT NOT NULL,
    reopened_at    TEXT NOT NULL,
    from_status    TEXT NOT NULL,
    ack_kind       TEXT,
    ack_by         ${id},
    ack_witness    ${id},
    ack_note       TEXT,
    ack_at         TEXT,
    reviewed_by    ${id},
    review_opinion TEXT,
    reviewed_at    TEXT,
    PRIMARY KEY (agreement_id, ordinal)
);

-- The audit trail: append-only (V2 adds the triggers that refuse UPDATE and DELETE).
-- before_fields / after_fields are JSON objects of text values.
CREATE TABLE audit_event (
    seq            ${identity},
    aggregate_type ${id} NOT NULL,
    aggregate_id   ${id} NOT NULL,
    version        BIGINT NOT NULL,
    type           TEXT NOT NULL,
    actor_id       ${id} NOT NULL,
    occurred_at    TEXT NOT NULL,
    before_fields  TEXT NOT NULL,
    after_fields   TEXT NOT NULL
);
CREATE INDEX audit_event_by_aggregate ON audit_event (aggregate_type, aggregate_id, seq);

-- The last number handed out per id prefix (IdSource).
CREATE TABLE id_counter (
    prefix     ${id} PRIMARY KEY,
    last_value BIGINT NOT NULL
);
