-- Trust levels set with `BotHost workspaces set`. Ids are Slack team ids and Teams tenant ids: they name
-- the employer's tool, not a person, so they are kept in the clear.
CREATE TABLE workspaces (
    workspace TEXT PRIMARY KEY,
    trust TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Private links: only the SHA-256 of the token, the flow it opens and its times. Nothing about who it
-- was sent to, so a web conversation started from it cannot be tied to a chat user.
CREATE TABLE safe_links (
    hash BLOB PRIMARY KEY,
    flow TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
) WITHOUT ROWID;
CREATE INDEX safe_links_expiry ON safe_links (expires_at);

-- Workers told how an employer workspace works (the first-contact notice), as user keys.
CREATE TABLE first_contacts (
    user_key TEXT PRIMARY KEY,
    shown_at INTEGER NOT NULL
) WITHOUT ROWID;
