-- The last revision of each aggregate (e.g. a birth registration) that this service's consumers applied
-- (platform Revisions): an event is applied only if it is newer, so a redelivered, replayed or stale event changes
-- nothing even after its inbox row was purged. Updated in the same transaction as the event's effect; never purged.
-- Rebuilding a service from the log deletes the rows of the aggregate types it replays.
CREATE TABLE aggregate_revision (
    aggregate_type  varchar(100) NOT NULL,
    aggregate_id    uuid         NOT NULL,
    last_revision   integer      NOT NULL CHECK (last_revision >= 1),
    updated_at      timestamptz  NOT NULL,
    PRIMARY KEY (aggregate_type, aggregate_id)
);
