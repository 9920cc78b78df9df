-- Births that change: a registration has a revision (1 when registered, one more for each correction and for its
-- cancellation; also the optimistic lock) and a status, and every revision is kept with who, when, why and what
-- changed.
ALTER TABLE birth_registration
    ADD COLUMN revision            integer     NOT NULL DEFAULT 1 CHECK (revision >= 1),
    ADD COLUMN status              varchar(10) NOT NULL DEFAULT 'REGISTERED' CHECK (status IN ('REGISTERED', 'CANCELLED')),
    ADD COLUMN cancelled_at        timestamptz,
    ADD COLUMN cancellation_reason varchar(20) CHECK (cancellation_reason IN ('DUPLICATE', 'REGISTERED_IN_ERROR')),
    ADD COLUMN duplicate_of        uuid REFERENCES birth_registration (id),
    ADD CONSTRAINT birth_registration_cancelled CHECK (
        (status = 'CANCELLED') = (cancelled_at IS NOT NULL AND cancellation_reason IS NOT NULL)),
    ADD CONSTRAINT birth_registration_duplicate_of CHECK (
        duplicate_of IS NULL OR (cancellation_reason = 'DUPLICATE' AND duplicate_of <> id));
ALTER TABLE birth_registration ALTER COLUMN revision DROP DEFAULT;
ALTER TABLE birth_registration ALTER COLUMN status DROP DEFAULT;

-- the same birth (mother, date of birth, child's name) is registered once among the registrations that stand; a
-- cancelled one no longer blocks registering it again
ALTER TABLE birth_registration DROP CONSTRAINT birth_registration_same_birth;
CREATE UNIQUE INDEX birth_registration_same_birth ON birth_registration (mother_id_index, birth_date, child_name)
    WHERE status <> 'CANCELLED';

-- lists are by status (cancelled ones only when asked for), newest first
DROP INDEX birth_registration_township;
DROP INDEX birth_registration_registered;
CREATE INDEX birth_registration_township ON birth_registration (status, township_code, registered_at DESC, id);
CREATE INDEX birth_registration_registered ON birth_registration (status, registered_at DESC, id);

CREATE TABLE birth_registration_revision (
    id                  uuid PRIMARY KEY,
    registration_id     uuid         NOT NULL REFERENCES birth_registration (id),
    revision            integer      NOT NULL CHECK (revision >= 1),
    kind                varchar(10)  NOT NULL CHECK (kind IN ('REGISTERED', 'CORRECTED', 'CANCELLED')),
    recorded_at         timestamptz  NOT NULL,
    recorded_by         varchar(200) NOT NULL,
    reason              varchar(500),
    cancellation_reason varchar(20) CHECK (cancellation_reason IN ('DUPLICATE', 'REGISTERED_IN_ERROR')),
    duplicate_of        uuid,
    CONSTRAINT birth_registration_revision_once UNIQUE (registration_id, revision)
);

-- what a revision changed: old and new values as text (the child's name among them; it is masked on display
-- for roles that do not see it in full, as in the registration itself)
CREATE TABLE birth_registration_change (
    revision_id uuid         NOT NULL REFERENCES birth_registration_revision (id),
    position    integer      NOT NULL,
    field       varchar(20)  NOT NULL,
    old_value   varchar(100) NOT NULL,
    new_value   varchar(100) NOT NULL,
    PRIMARY KEY (revision_id, position)
);

-- registrations made before revisions were kept: their first revision
INSERT INTO birth_registration_revision (id, registration_id, revision, kind, recorded_at, recorded_by)
SELECT gen_random_uuid(), id, 1, 'REGISTERED', registered_at, registered_by FROM birth_registration;
