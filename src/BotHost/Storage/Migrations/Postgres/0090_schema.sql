-- The whole schema for PostgreSQL, as SQLite's migrations 0001-0090 leave it (same tables, columns and
-- meanings; see the comments there). PostgreSQL support started at version 90, so its history starts
-- here; later migrations get the same number in both folders. Integers are BIGINT as SQLite's are 64-bit;
-- bodies that hold what people typed are sealed by the host (BYTEA); times are Unix milliseconds; days are
-- 'yyyy-MM-dd' text, as in SQLite, so the same SQL compares them.

CREATE TABLE inbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    conversation_key TEXT NOT NULL,
    body BYTEA,
    received_at BIGINT NOT NULL,
    state BIGINT NOT NULL DEFAULT 0,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL DEFAULT 0,
    lease_until BIGINT NOT NULL DEFAULT 0,
    UNIQUE (channel, platform_id)
);
CREATE INDEX inbox_waiting ON inbox (conversation_key, id) WHERE state = 0;
CREATE INDEX inbox_finished ON inbox (received_at) WHERE state <> 0;
CREATE INDEX inbox_pending ON inbox (id) WHERE state = 0;

CREATE TABLE outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel TEXT NOT NULL,
    conversation_key TEXT NOT NULL,
    body BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL DEFAULT 0,
    lease_until BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX outbox_queue ON outbox (conversation_key, id);

CREATE TABLE dialog_state (
    conversation_key TEXT NOT NULL,
    user_key TEXT NOT NULL,
    body BYTEA NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (conversation_key, user_key)
);
CREATE INDEX dialog_state_user ON dialog_state (user_key);
CREATE INDEX dialog_state_expiry ON dialog_state (expires_at);

CREATE TABLE data_keys (
    purpose TEXT PRIMARY KEY,
    key_id TEXT NOT NULL,
    wrapped BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE slack_installations (
    team_id TEXT PRIMARY KEY,
    enterprise_id TEXT,
    app_id TEXT,
    bot_user_id TEXT,
    scopes TEXT,
    token BYTEA NOT NULL,
    installed_at BIGINT NOT NULL
);

CREATE TABLE slack_oauth_states (
    state_hash TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
);

CREATE TABLE teams_conversations (
    conversation_key TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    conversation_type TEXT,
    user_key TEXT,
    body BYTEA NOT NULL,
    is_sealed BIGINT NOT NULL,
    active BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL
);
CREATE INDEX teams_conversations_user ON teams_conversations (user_key) WHERE user_key IS NOT NULL;

CREATE TABLE teams_tenants (
    tenant_id TEXT PRIMARY KEY,
    service_url TEXT NOT NULL,
    bot_id TEXT,
    updated_at BIGINT NOT NULL
);

CREATE TABLE faq_feedback (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id TEXT NOT NULL,
    helpful BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX faq_feedback_time ON faq_feedback (created_at);

CREATE TABLE faq_unanswered (
    id TEXT PRIMARY KEY,
    body BYTEA NOT NULL,
    closest_id TEXT,
    confidence DOUBLE PRECISION NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX faq_unanswered_time ON faq_unanswered (created_at);

CREATE TABLE reports (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    source_id TEXT NOT NULL UNIQUE,
    user_key TEXT NOT NULL,
    category TEXT NOT NULL,
    urgency TEXT NOT NULL,
    people TEXT NOT NULL,
    employer_key TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'Open',
    assigned_to TEXT,
    wants_contact BIGINT NOT NULL,
    share_text BIGINT NOT NULL,
    created_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    key_id TEXT NOT NULL,
    wrapped_key BYTEA NOT NULL,
    content BYTEA NOT NULL,
    delivery TEXT NOT NULL DEFAULT 'Now',
    expiry_action TEXT,
    held BIGINT NOT NULL DEFAULT 0,
    released_on TEXT,
    counted_on TEXT
);
CREATE INDEX reports_user ON reports (user_key);
CREATE INDEX reports_created ON reports (created_on, category);
CREATE INDEX reports_expiry ON reports (expires_on);
CREATE INDEX reports_counted ON reports (counted_on, category, employer_key);
CREATE INDEX reports_shared ON reports (counted_on) WHERE share_text = 1;
CREATE INDEX reports_waiting ON reports (created_on) WHERE wants_contact = 1 AND status IN ('Open', 'Acknowledged');
CREATE INDEX reports_urgent ON reports (created_on) WHERE urgency = 'Urgent' AND status <> 'Closed';
CREATE INDEX reports_together ON reports (category, employer_key, user_key) WHERE delivery = 'Together';
CREATE INDEX reports_held ON reports (created_on, employer_key) WHERE held = 1;

-- As SQLite's trigger: a writer that inserts a report without counted_on (the benchmark's generator).
CREATE FUNCTION reports_counted_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.counted_on IS NULL AND NEW.held = 0 THEN
        NEW.counted_on := coalesce(NEW.released_on, NEW.created_on);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER reports_counted_on BEFORE INSERT ON reports FOR EACH ROW EXECUTE FUNCTION reports_counted_on();

CREATE TABLE employers (
    employer_key TEXT PRIMARY KEY,
    name BYTEA NOT NULL
);

CREATE TABLE employer_aliases (
    alias TEXT PRIMARY KEY,
    canonical TEXT NOT NULL,
    display TEXT NOT NULL
);

CREATE TABLE reps (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL,
    region TEXT,
    slack_team_id TEXT,
    slack_user_id TEXT,
    teams_tenant_id TEXT,
    teams_user_id TEXT
);

CREATE TABLE rep_employers (
    rep_id BIGINT NOT NULL REFERENCES reps (id) ON DELETE CASCADE,
    employer TEXT NOT NULL,
    PRIMARY KEY (employer, rep_id)
);

CREATE TABLE rep_requests (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_key TEXT NOT NULL,
    created_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'Open',
    content BYTEA NOT NULL
);
CREATE INDEX rep_requests_user ON rep_requests (user_key);

CREATE TABLE organisers (
    organiser_key TEXT PRIMARY KEY,
    added_at BIGINT NOT NULL
);

CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE digest_runs (
    occurrence BIGINT PRIMARY KEY,
    sent_at BIGINT NOT NULL
);

CREATE TABLE workspaces (
    workspace TEXT PRIMARY KEY,
    trust TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE safe_links (
    hash BYTEA PRIMARY KEY,
    flow TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX safe_links_expiry ON safe_links (expires_at);

CREATE TABLE first_contacts (
    user_key TEXT PRIMARY KEY,
    shown_at BIGINT NOT NULL
);
