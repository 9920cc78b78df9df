-- The two household schemes (FAMILY_PLANNING_REWARD_ASSISTANCE, SPECIAL_FAMILY_ASSISTANCE) as family-support-service's
-- confirmed yearly reviews decide them (household.review-completed.v1, topic fertility.households.v1): one entitlement
-- per household and scheme, as its latest reviewed year left it, with every change. Ids only: no names, no ID
-- numbers; the recipients are counted, not listed. Derived from the household events alone (fertility.rebuild.tables).
CREATE TABLE household_entitlement (
    id                   uuid          PRIMARY KEY,
    household_id         uuid          NOT NULL,
    policy_code          varchar(40)   NOT NULL CHECK (policy_code IN ('FAMILY_PLANNING_REWARD_ASSISTANCE', 'SPECIAL_FAMILY_ASSISTANCE')),
    family_id            uuid,
    township_code        varchar(9)    NOT NULL,
    state                varchar(12)   NOT NULL CHECK (state IN ('ACTIVE', 'ENDED')),
    reason               varchar(40)   NOT NULL,
    version_number       integer,
    year                 integer       NOT NULL,
    yearly_amount_fen    bigint        NOT NULL CHECK (yearly_amount_fen >= 0),
    amount_due_fen       bigint        NOT NULL CHECK (amount_due_fen >= 0),
    recipients           integer       NOT NULL CHECK (recipients >= 0),
    eligible_recipients  integer       NOT NULL CHECK (eligible_recipients >= 0),
    review_id            uuid          NOT NULL,
    ended_on             date,
    updated_at           timestamptz   NOT NULL,
    CONSTRAINT household_entitlement_once UNIQUE (household_id, policy_code)
);
CREATE INDEX household_entitlement_family ON household_entitlement (family_id);

CREATE TABLE household_entitlement_change (
    id              uuid          PRIMARY KEY,
    entitlement_id  uuid          NOT NULL REFERENCES household_entitlement (id),
    cause           varchar(30)   NOT NULL CHECK (cause IN ('HOUSEHOLD_REVIEWED', 'HOUSEHOLD_STATUS_CHANGED')),
    detail          varchar(300),
    state           varchar(12)   NOT NULL,
    reason          varchar(40)   NOT NULL,
    year            integer       NOT NULL,
    amount_due_fen  bigint        NOT NULL,
    changed_at      timestamptz   NOT NULL
);
CREATE INDEX household_entitlement_change_of ON household_entitlement_change (entitlement_id, changed_at);

-- A household's year is paid once (the review's amounts due, split between the scheme's payers): a payment is now for
-- a claim, a child's month or a household's year, exactly one of them.
ALTER TABLE payment ADD COLUMN household_id uuid;
ALTER TABLE payment DROP CONSTRAINT payment_for_one;
ALTER TABLE payment ADD CONSTRAINT payment_for_one CHECK (num_nonnulls(claim_id, registration_id, household_id) = 1);
CREATE UNIQUE INDEX payment_household_year_once ON payment (household_id, policy_code, period_from)
    WHERE household_id IS NOT NULL;
