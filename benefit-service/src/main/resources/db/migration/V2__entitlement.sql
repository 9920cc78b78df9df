-- Entitlements recorded from registered births (birth.registered.v1), once per birth: one row per entitlement
-- and beneficiary. The terms (quantity, unit, percent) are those of the rule that granted it; the rule gives the
-- source and the cost share. ELIGIBLE means the entitlement exists; it is not a payment.
CREATE TABLE entitlement (
    id                     uuid          PRIMARY KEY,
    birth_registration_id  uuid          NOT NULL,
    code                   varchar(30)   NOT NULL
        CHECK (code IN ('PARENTAL_LEAVE', 'NUTRITION_PACK', 'CHILDCARE_FEE_REDUCTION')),
    beneficiary            varchar(10)   NOT NULL CHECK (beneficiary IN ('MOTHER', 'FATHER', 'CHILD')),
    rule_code              varchar(60)   NOT NULL REFERENCES entitlement_rule (code),
    quantity               integer,
    unit                   varchar(20),
    percent                numeric(5,2),
    valid_from             date          NOT NULL,
    valid_until            date          NOT NULL,
    status                 varchar(20)   NOT NULL CHECK (status IN ('ELIGIBLE')),
    recorded_at            timestamptz   NOT NULL,
    CONSTRAINT entitlement_once_per_birth UNIQUE (birth_registration_id, code, beneficiary),
    CONSTRAINT entitlement_period CHECK (valid_until >= valid_from)
);
