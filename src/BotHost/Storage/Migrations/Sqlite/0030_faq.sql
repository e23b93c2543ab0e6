-- FAQ feedback and unanswered questions, for the organisers' digests. Neither table holds a user id or
-- conversation key, and times are rounded down to the hour, so rows cannot be matched to who asked.

-- One row per 👍/👎 on an answer.
CREATE TABLE faq_feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id TEXT NOT NULL,
    helpful INTEGER NOT NULL,         -- 1 helpful, 0 not helpful
    created_at INTEGER NOT NULL       -- Unix ms, to the hour
);
CREATE INDEX faq_feedback_time ON faq_feedback (created_at);

-- Questions the bot could not answer with confidence. The text is what a worker typed (redacted of
-- emails and phone numbers), so it is sealed, bound to the row by "unanswered:<id>".
CREATE TABLE faq_unanswered (
    id TEXT PRIMARY KEY,              -- random, minted by the host
    body BLOB NOT NULL,
    closest_id TEXT,                  -- the entry the bot thought closest, if any
    confidence REAL NOT NULL,
    created_at INTEGER NOT NULL       -- Unix ms, to the hour
);
CREATE INDEX faq_unanswered_time ON faq_unanswered (created_at);
