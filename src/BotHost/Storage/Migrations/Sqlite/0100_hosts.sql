-- PostgreSQL's 0100 adds the tables several hosts share (web chat replies, Direct Line histories, rate
-- windows). One SQLite host keeps those in its memory, never on disk, so there is nothing to add here:
-- the number is kept so that a version means the same schema in both folders.
SELECT 1;
