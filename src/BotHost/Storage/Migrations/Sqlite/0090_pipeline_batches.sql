-- Pipeline v2 (docs/pipeline.md). Claims walk waiting turns in id order: this index holds only those, not
-- the day of handled turns kept for dedupe. Parked turns (state 2: failed too often) keep their sealed body
-- for an operator until Pipeline:ParkedDays, then the retention sweep deletes them.
CREATE INDEX inbox_pending ON inbox (id) WHERE state = 0;
CREATE INDEX outbox_due ON outbox (id, next_attempt_at, lease_until);
