-- Confidential reports. Content (employer, description, dates as typed, contact details) is sealed with a
-- per-report data key, itself wrapped by the master key (key_id names which). The clear columns are the
-- minimum needed to count and to handle cases; docs/privacy.md explains each one.
CREATE TABLE reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    source_id TEXT NOT NULL UNIQUE,       -- keyed hash of the turn that filed it: a replayed turn files nothing new
    user_key TEXT NOT NULL,               -- keyed hash of the reporter: "my reports", "withdraw", "forget me"
    category TEXT NOT NULL,
    urgency TEXT NOT NULL,
    people TEXT NOT NULL,                 -- a band, not a number
    employer_key TEXT NOT NULL,           -- keyed hash of the normalised employer name
    status TEXT NOT NULL DEFAULT 'Open',
    assigned_to TEXT,
    wants_contact INTEGER NOT NULL,
    share_text INTEGER NOT NULL,          -- the worker agreed organisers may read a redacted copy of their words
    created_on TEXT NOT NULL,             -- a day (yyyy-MM-dd), never a time: a time could be matched to chat logs
    expires_on TEXT NOT NULL,
    key_id TEXT NOT NULL,
    wrapped_key BLOB NOT NULL,
    content BLOB NOT NULL
);
CREATE INDEX reports_user ON reports (user_key);
CREATE INDEX reports_created ON reports (created_on, category);
CREATE INDEX reports_expiry ON reports (expires_on);

-- The display name of each employer group, sealed; digests open only the names of groups big enough to show.
CREATE TABLE employers (
    employer_key TEXT PRIMARY KEY,
    name BLOB NOT NULL
);
