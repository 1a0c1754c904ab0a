-- User accounts, bearer tokens, browser sessions and failed sign-ins.
--
-- Accounts and tokens are data: backed up and restored with everything else. Sessions and failed
-- sign-ins are not (StoreTables.TRANSIENT): they live minutes to a day, a backup opened elsewhere
-- has no use for them, and a restore ends every session (the restored accounts may differ from
-- those the sessions were opened for; everyone signs in again).
--
-- No secret is stored in clear: a password only as its slow hash (algorithm, parameters, salt and
-- hash in one text), a session's cookie and a token only as the SHA-256 of their secret. The CSRF
-- token is kept as it is: it is no credential without the cookie.

-- username_key is the username in lower case: usernames are unique whatever their case.
CREATE TABLE user_account (
    username_key  ${id} PRIMARY KEY,
    username      TEXT NOT NULL,
    person_id     ${id} UNIQUE,
    admin         BOOLEAN NOT NULL,
    password_hash TEXT NOT NULL,
    created       TEXT NOT NULL,
    disabled      BOOLEAN NOT NULL
);

CREATE TABLE access_token (
    id           ${id} PRIMARY KEY,
    digest       ${id} NOT NULL UNIQUE,
    username_key ${id} NOT NULL REFERENCES user_account (username_key) ON DELETE CASCADE,
    label        TEXT NOT NULL,
    created      TEXT NOT NULL,
    expires      TEXT NOT NULL,
    revoked      TEXT
);
CREATE INDEX access_token_by_account ON access_token (username_key);

CREATE TABLE account_session (
    digest       ${id} PRIMARY KEY,
    username_key ${id} NOT NULL REFERENCES user_account (username_key) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    created      TEXT NOT NULL,
    last_seen    TEXT NOT NULL
);
CREATE INDEX account_session_by_account ON account_session (username_key);

CREATE TABLE sign_in_failure (
    seq          ${identity},
    throttle_key TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE INDEX sign_in_failure_by_key ON sign_in_failure (throttle_key, at);
CREATE INDEX sign_in_failure_by_time ON sign_in_failure (at);
