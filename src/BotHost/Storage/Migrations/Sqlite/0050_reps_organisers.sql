-- The rep directory. Reps agreed to be listed, so their names and platform ids are in the clear.
CREATE TABLE reps (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    region TEXT,
    slack_team_id TEXT,
    slack_user_id TEXT,
    teams_tenant_id TEXT,
    teams_user_id TEXT
);

-- Employer names and aliases a rep covers, normalised (EmployerName.Normalise) for matching.
CREATE TABLE rep_employers (
    rep_id INTEGER NOT NULL REFERENCES reps (id) ON DELETE CASCADE,
    employer TEXT NOT NULL,
    PRIMARY KEY (employer, rep_id)
);

-- Workers who asked for a rep where none is listed: the organisers' queue. Who and what is sealed.
CREATE TABLE rep_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_key TEXT NOT NULL,
    created_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'Open',
    content BLOB NOT NULL
);
CREATE INDEX rep_requests_user ON rep_requests (user_key);

-- Organisers added with `BotHost organisers add`, as keyed hashes of channel and user id.
CREATE TABLE organisers (
    organiser_key TEXT PRIMARY KEY,
    added_at INTEGER NOT NULL
);

-- Every organiser read of report content and every case change: who, what, when.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
