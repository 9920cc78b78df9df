-- Births as per-registration observations instead of counters: one row per birth registration saying which cell
-- (year of birth, township, sex) it is counted in, or that it is not counted (cancelled). A correction moves the
-- registration to another cell, a cancellation takes it out; the counts (numerators of indicators 1 and 2) are
-- computed from these rows, never kept as +1 counters.
--
-- revision: the registration's revision that set the row. 0 marks a row carried over from the counters below,
-- which did not record registrations: such a row keeps the counts as they were but names no real registration, so
-- a later correction or cancellation of a birth counted before this migration cannot move it. Rebuilding the
-- service from the log (all birth events are kept) replaces them with real observations.
CREATE TABLE birth_observation (
    registration_id  uuid        PRIMARY KEY,
    birth_year       integer,
    township_code    varchar(9),
    sex              varchar(6)  CHECK (sex IN ('MALE', 'FEMALE')),
    counted          boolean     NOT NULL,
    revision         integer     NOT NULL CHECK (revision >= 0),
    observed_at      timestamptz NOT NULL,
    CONSTRAINT birth_observation_counted_has_cell
        CHECK (NOT counted OR (birth_year IS NOT NULL AND township_code IS NOT NULL AND sex IS NOT NULL))
);
CREATE INDEX birth_observation_counted_year ON birth_observation (birth_year) WHERE counted;

INSERT INTO birth_observation (registration_id, birth_year, township_code, sex, counted, revision, observed_at)
SELECT gen_random_uuid(), c.birth_year, c.township_code, c.sex, true, 0, now()
FROM birth_count c CROSS JOIN LATERAL generate_series(1, c.births) AS n;

DROP TABLE birth_count;
