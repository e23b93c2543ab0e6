-- Digests count reports by day range, category and employer from this index alone (no table lookups),
-- so a digest over a million stored reports stays fast. The partial indexes find the few open cases
-- and shared reports without scanning the rest.
CREATE INDEX reports_digest ON reports (created_on, category, employer_key);
CREATE INDEX reports_shared ON reports (created_on) WHERE share_text = 1;
CREATE INDEX reports_waiting ON reports (created_on) WHERE wants_contact = 1 AND status IN ('Open', 'Acknowledged');
CREATE INDEX reports_urgent ON reports (created_on) WHERE urgency = 'Urgent' AND status <> 'Closed';

-- One row per scheduled digest sent (occurrence in Unix ms), written in the same transaction as its
-- outbox rows: a restart or a second host finds it and does not send that digest again.
CREATE TABLE digest_runs (
    occurrence INTEGER PRIMARY KEY,
    sent_at INTEGER NOT NULL
);
