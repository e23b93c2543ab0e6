-- What several hosts share that a single host keeps in its memory (docs/pipeline.md, "Several hosts"). Every
-- body is sealed by the host; ids of sessions, conversations and client addresses are keyed hashes. The
-- retention sweep deletes rows after an hour (a day for rate windows).

-- Web chat replies, for the host that holds the browser's stream and for a page reloaded onto another host.
CREATE TABLE webchat_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_key TEXT NOT NULL,
    body BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX webchat_events_session ON webchat_events (session_key, id);
CREATE INDEX webchat_events_age ON webchat_events (created_at);

-- Direct Line conversation histories (GET .../activities, the stream, reconnects).
CREATE TABLE directline_activities (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_key TEXT NOT NULL,
    body BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX directline_activities_conversation ON directline_activities (conversation_key, id);
CREATE INDEX directline_activities_age ON directline_activities (created_at);

-- Fixed-window request counts per client address (web chat limits).
CREATE TABLE rate_windows (
    key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (key, window_start)
);
