-- Entitlements by policy. The rule catalogue of V1 gives way to the policy catalogue (policies/catalogue.json and
-- policy_version): every benefit of the plan and the national and provincial rules it points to, with versions.
--
-- child: the facts of each registered birth that the policies use, as the registration stands (from the birth
-- events). entitlement: where each child's family stands with each policy decided by a child's facts, as determined
-- when an event arrived or the daily job ran (the API answers for any date from the facts and the catalogue);
-- entitlement_change: every change of it, with its cause and the registration revision.
--
-- These tables are derived from the birth events alone. The entitlements of V2 and V3 carried too little of the
-- birth to be re-determined; after this migration, rebuild the service from the log (deploy/local/suite rebuild
-- benefit-service; on Kubernetes, reset the consumer group to offset 0 with the service stopped).
DROP TABLE entitlement_change;
DROP TABLE entitlement;
DROP TABLE entitlement_rule_cost_share;
DROP TABLE entitlement_rule;

CREATE TABLE child (
    registration_id  uuid         PRIMARY KEY,
    family_id        uuid,
    birth_date       date         NOT NULL,
    sex              varchar(6)   NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    birth_order      integer      NOT NULL CHECK (birth_order >= 1),
    special_family   boolean      NOT NULL,
    review_pending   boolean      NOT NULL,
    cancelled        boolean      NOT NULL,
    revision         integer      NOT NULL CHECK (revision >= 1),
    updated_at       timestamptz  NOT NULL
);
CREATE INDEX child_family ON child (family_id);
CREATE INDEX child_birth_date ON child (birth_date);

CREATE TABLE entitlement (
    id               uuid         PRIMARY KEY,
    registration_id  uuid         NOT NULL REFERENCES child (registration_id),
    policy_code      varchar(40)  NOT NULL,
    state            varchar(12)  NOT NULL CHECK (state IN ('ACTIVE', 'UPCOMING', 'ENDED', 'HELD', 'NOT_ELIGIBLE')),
    reason           varchar(40)  NOT NULL,
    version_number   integer,
    period_from      date,
    period_to        date,
    amount_fen       bigint,
    determined_on    date         NOT NULL,
    CONSTRAINT entitlement_once_per_policy UNIQUE (registration_id, policy_code)
);

CREATE TABLE entitlement_change (
    id               uuid         PRIMARY KEY,
    entitlement_id   uuid         NOT NULL REFERENCES entitlement (id),
    cause            varchar(30)  NOT NULL CHECK (cause IN ('BIRTH_REGISTERED', 'REGISTRATION_CORRECTED',
                                  'REGISTRATION_REVIEWED', 'REGISTRATION_CANCELLED', 'CHILD_AGED')),
    detail           varchar(300),
    revision         integer      NOT NULL CHECK (revision >= 1),
    state            varchar(12)  NOT NULL,
    reason           varchar(40)  NOT NULL,
    version_number   integer,
    period_from      date,
    period_to        date,
    amount_fen       bigint,
    changed_on       date         NOT NULL,
    changed_at       timestamptz  NOT NULL
);
CREATE INDEX entitlement_change_of ON entitlement_change (entitlement_id, changed_at);
