-- Slack workspaces that installed the app through OAuth, and OAuth states waiting for their callback.

-- One row per workspace. team_id is the workspace, not a person, so it stays in the clear; the bot token
-- is sealed with the transient key, bound to "slack-installation:" + team_id. Deleting the row on
-- app_uninstalled / tokens_revoked removes the only copy.
CREATE TABLE slack_installations (
    team_id TEXT PRIMARY KEY,
    enterprise_id TEXT,
    app_id TEXT,
    bot_user_id TEXT,
    scopes TEXT,
    token BLOB NOT NULL,
    installed_at INTEGER NOT NULL
);

-- Single-use OAuth states (SHA-256 of the value in the browser's cookie), deleted when used or expired.
CREATE TABLE slack_oauth_states (
    state_hash TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
);
