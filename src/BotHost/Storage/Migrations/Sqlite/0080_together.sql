-- Reports that wait for others (docs/together.md; docs/privacy.md "Reports that wait for others").
-- delivery: what the worker chose (Now, Count, Together). expiry_action: for Together, what happens if the
-- group is still too small after Together:MaxWaitDays (Count, Delete). held: 1 while a Together report waits;
-- organisers cannot see it and no count includes it. released_on: the day it stopped waiting, because its
-- group reached the threshold or because the wait ended and it became count-only (delivery is then Count).
ALTER TABLE reports ADD COLUMN delivery TEXT NOT NULL DEFAULT 'Now';
ALTER TABLE reports ADD COLUMN expiry_action TEXT;
ALTER TABLE reports ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reports ADD COLUMN released_on TEXT;

-- The day a report enters the digest's counts: the day it was made, or, for one that waited, the day it
-- stopped waiting (so a released group does not change digests of the weeks it waited through). Null while
-- held. A real column, not a generated one: SQLite cannot answer the digest's count from an index on a
-- generated column alone, and this one does (reports_counted replaces 0060's reports_digest). The store sets
-- it; the trigger covers any other writer that inserts a report without it (the benchmark's generator).
ALTER TABLE reports ADD COLUMN counted_on TEXT;
UPDATE reports SET counted_on = created_on;
CREATE INDEX reports_counted ON reports (counted_on, category, employer_key);
DROP INDEX reports_digest;
-- Shared words appear in the digest of the period a report became visible, like its count.
DROP INDEX reports_shared;
CREATE INDEX reports_shared ON reports (counted_on) WHERE share_text = 1;
CREATE TRIGGER reports_counted_on AFTER INSERT ON reports WHEN NEW.counted_on IS NULL AND NEW.held = 0
BEGIN
    UPDATE reports SET counted_on = coalesce(NEW.released_on, NEW.created_on) WHERE id = NEW.id;
END;

-- Matching: distinct reporters among a group's Together reports, from the index alone.
CREATE INDEX reports_together ON reports (category, employer_key, user_key) WHERE delivery = 'Together';
-- Expiry and the digest's "waiting" band find the few held reports without scanning the rest.
CREATE INDEX reports_held ON reports (created_on, employer_key) WHERE held = 1;

-- Employer aliases from the rep directory (`reps import`, "Acme|Acme Widgets|AW"): each normalised
-- alias -> the normalised canonical name (the first alias), whose keyed hash is the report's employer_key.
-- display is the canonical name as written in the directory. Reps' employers are not secret.
CREATE TABLE employer_aliases (
    alias TEXT PRIMARY KEY,
    canonical TEXT NOT NULL,
    display TEXT NOT NULL
);
