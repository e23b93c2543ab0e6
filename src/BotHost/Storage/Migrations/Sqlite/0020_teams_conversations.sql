-- Teams conversation references, so the bot can reply later or message proactively (digests, rep
-- hand-offs). conversation_key is the keyed hash of (tenant, conversation id). A 1:1 chat's reference
-- identifies a person: its body is sealed and user_key (keyed hash) ties it to "forget me". Team channel
-- references hold nothing personal and are stored in the clear. Times are Unix milliseconds.
CREATE TABLE teams_conversations (
    conversation_key TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    conversation_type TEXT,
    user_key TEXT,                    -- set for 1:1 chats only
    body BLOB NOT NULL,               -- JSON reference; sealed when user_key is set
    is_sealed INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1, -- 0 once Teams said the bot may not write there
    updated_at INTEGER NOT NULL
);
CREATE INDEX teams_conversations_user ON teams_conversations (user_key) WHERE user_key IS NOT NULL;

-- The latest service URL and bot id seen per tenant, to open a 1:1 chat with someone proactively.
CREATE TABLE teams_tenants (
    tenant_id TEXT PRIMARY KEY,
    service_url TEXT NOT NULL,
    bot_id TEXT,
    updated_at INTEGER NOT NULL
);
