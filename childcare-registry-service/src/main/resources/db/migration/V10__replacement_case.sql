-- Where a community's centre lies (WGS 84 degrees), optional: the re-placement cases rank candidate nurseries by the
-- great-circle distance between community centres when both are known.
ALTER TABLE community ADD COLUMN latitude numeric(8,6) CHECK (latitude BETWEEN -90 AND 90);
ALTER TABLE community ADD COLUMN longitude numeric(9,6) CHECK (longitude BETWEEN -180 AND 180);
ALTER TABLE community ADD CHECK ((latitude IS NULL) = (longitude IS NULL));

-- The closure emergency procedure (plan task 10, 关停应急处置): closing a nursery with enrolled children opens a case
-- that follows each child (its registration id, no name) until it is placed in another nursery or withdrawn.
CREATE TABLE replacement_case (
    id               uuid          PRIMARY KEY,
    institution_id   uuid          NOT NULL UNIQUE REFERENCES childcare_institution (id),
    township_code    varchar(9)    NOT NULL,
    community_code   varchar(12)   NOT NULL,
    opened_on        date          NOT NULL,
    opened_at        timestamptz   NOT NULL,
    status           varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
    resolved_at      timestamptz,
    revision         integer       NOT NULL
);
CREATE INDEX replacement_case_status ON replacement_case (status, township_code);

CREATE TABLE replacement_child (
    id                   uuid          PRIMARY KEY,
    case_id              uuid          NOT NULL REFERENCES replacement_case (id),
    child_id             uuid          NOT NULL,
    former_enrolment_id  uuid          NOT NULL REFERENCES enrolment (id),
    status               varchar(10)   NOT NULL CHECK (status IN ('WAITING', 'PLACED', 'WITHDRAWN')),
    placed_enrolment_id  uuid          REFERENCES enrolment (id),
    placed_institution_id uuid         REFERENCES childcare_institution (id),
    decided_on           date,
    reason               varchar(500),
    actor_role           varchar(40),
    UNIQUE (case_id, child_id)
);
