-- Childcare institutions (托育机构, plan task 8) and their lifecycle REGISTERED -> FILED (备案) -> OPERATING ->
-- SUSPENDED -> CLOSED, every step kept with its date, reason and the role that took it.
CREATE TABLE childcare_institution (
    id               uuid          PRIMARY KEY,
    name             varchar(100)  NOT NULL,
    credit_code      varchar(18)   NOT NULL UNIQUE,
    kind             varchar(30)   NOT NULL,
    inclusive        boolean       NOT NULL,
    township_code    varchar(9)    NOT NULL,
    community_code   varchar(12)   NOT NULL REFERENCES community (code),
    zone_id          uuid          REFERENCES residential_zone (id),
    address          varchar(200)  NOT NULL,
    total_slots      integer       NOT NULL CHECK (total_slots BETWEEN 1 AND 10000),
    inclusive_slots  integer       NOT NULL CHECK (inclusive_slots BETWEEN 0 AND total_slots),
    age_groups       varchar(40)   NOT NULL,
    monthly_fee      numeric(7,2)  NOT NULL CHECK (monthly_fee >= 0),
    operator         varchar(100)  NOT NULL,
    status           varchar(10)   NOT NULL,
    registered_at    timestamptz   NOT NULL,
    revision         integer       NOT NULL
);
CREATE INDEX childcare_institution_township ON childcare_institution (township_code, status);

CREATE TABLE institution_status_change (
    id              uuid          PRIMARY KEY,
    institution_id  uuid          NOT NULL REFERENCES childcare_institution (id),
    from_status     varchar(10),
    to_status       varchar(10)   NOT NULL,
    effective_on    date          NOT NULL,
    reason          varchar(500)  NOT NULL,
    actor_role      varchar(40)   NOT NULL,
    recorded_at     timestamptz   NOT NULL
);
CREATE INDEX institution_status_change_institution ON institution_status_change (institution_id, recorded_at);
