-- The durable turn pipeline. Every body is sealed (AES-256-GCM) by the host: these tables hold what
-- people typed, so nothing readable is stored in them. Times are Unix milliseconds.

-- Accepted turns. (channel, platform_id) makes a platform's retry a no-op. A handled turn keeps its ids,
-- without a body, for the dedupe window, then the retention sweeper deletes it.
CREATE TABLE inbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    conversation_key TEXT NOT NULL,   -- keyed hash; orders turns per conversation
    body BLOB,                        -- sealed turn; NULL once handled
    received_at INTEGER NOT NULL,
    state INTEGER NOT NULL DEFAULT 0, -- 0 waiting, 1 done, 2 given up
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    lease_until INTEGER NOT NULL DEFAULT 0,
    UNIQUE (channel, platform_id)
);
CREATE INDEX inbox_waiting ON inbox (conversation_key, id) WHERE state = 0;
CREATE INDEX inbox_finished ON inbox (received_at) WHERE state <> 0;

-- Replies waiting to be sent; a row is deleted once the channel accepts it or refuses it for good.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    conversation_key TEXT NOT NULL,
    body BLOB NOT NULL,               -- sealed address and message
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    lease_until INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_queue ON outbox (conversation_key, id);

-- Where each multi-step conversation stands, per conversation and user (both keyed hashes).
CREATE TABLE dialog_state (
    conversation_key TEXT NOT NULL,
    user_key TEXT NOT NULL,
    body BLOB NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (conversation_key, user_key)
);
CREATE INDEX dialog_state_user ON dialog_state (user_key);
CREATE INDEX dialog_state_expiry ON dialog_state (expires_at);

-- Long-lived data keys, each wrapped by the master key named by key_id.
CREATE TABLE data_keys (
    purpose TEXT PRIMARY KEY,
    key_id TEXT NOT NULL,
    wrapped BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
