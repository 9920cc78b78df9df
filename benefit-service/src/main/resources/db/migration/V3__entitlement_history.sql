-- Entitlements follow their birth registration: a correction re-determines them and a cancellation withdraws them.
-- Nothing is deleted: an entitlement that is no longer due stays, WITHDRAWN, and every change is a history row
-- (GRANTED, CHANGED, WITHDRAWN) with its reason, the registration revision that caused it, and the terms the
-- entitlement has from then on.
ALTER TABLE entitlement DROP CONSTRAINT entitlement_status_check;
ALTER TABLE entitlement ADD CONSTRAINT entitlement_status_check CHECK (status IN ('ELIGIBLE', 'WITHDRAWN'));

CREATE TABLE entitlement_change (
    id              uuid          PRIMARY KEY,
    entitlement_id  uuid          NOT NULL REFERENCES entitlement (id),
    change_type     varchar(10)   NOT NULL CHECK (change_type IN ('GRANTED', 'CHANGED', 'WITHDRAWN')),
    reason          varchar(30)   NOT NULL
        CHECK (reason IN ('BIRTH_REGISTERED', 'REGISTRATION_CORRECTED', 'REGISTRATION_CANCELLED')),
    detail          varchar(300),
    revision        integer       NOT NULL CHECK (revision >= 1),
    rule_code       varchar(60)   NOT NULL REFERENCES entitlement_rule (code),
    quantity        integer,
    unit            varchar(20),
    percent         numeric(5,2),
    valid_from      date          NOT NULL,
    valid_until     date          NOT NULL,
    changed_at      timestamptz   NOT NULL,
    CONSTRAINT entitlement_change_once_per_revision UNIQUE (entitlement_id, revision)
);

-- the entitlements recorded before: each was granted by the registration (revision 1) when it was recorded
INSERT INTO entitlement_change (id, entitlement_id, change_type, reason, detail, revision, rule_code, quantity, unit,
                                percent, valid_from, valid_until, changed_at)
SELECT gen_random_uuid(), e.id, 'GRANTED', 'BIRTH_REGISTERED', NULL, 1, e.rule_code, e.quantity, e.unit, e.percent,
       e.valid_from, e.valid_until, e.recorded_at
FROM entitlement e;
