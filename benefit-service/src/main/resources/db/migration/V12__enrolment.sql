-- Enrolments at childcare institutions as childcare-registry-service publishes them
-- (cn.gov.zhangping.fertility.childcare.enrolment-changed.v1, topic fertility.childcare-enrolments.v1): the facts the
-- childcare fee reduction is booked from (漳政办规〔2023〕2号 二(三)8). One row per enrolment as it now stands (the
-- event carries the whole state with its revision). The child is the pseudonymous birth registration id; no names.
-- An end before the start is kept as sent (the producer's contract does not forbid it) and books no month.
-- Derived from the enrolment events alone (fertility.rebuild.tables). Amounts in fen.
CREATE TABLE enrolment (
    enrolment_id      uuid         PRIMARY KEY,
    registration_id   uuid         NOT NULL,
    institution_id    uuid         NOT NULL,
    institution_kind  varchar(30)  NOT NULL,
    status            varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'ENDED', 'WITHDRAWN')),
    monthly_fee_fen   bigint       NOT NULL CHECK (monthly_fee_fen >= 0),
    start_date        date         NOT NULL,
    end_date          date,
    revision          integer      NOT NULL CHECK (revision >= 1),
    updated_at        timestamptz  NOT NULL
);
CREATE INDEX enrolment_child ON enrolment (registration_id);

-- entitlements also change when an enrolment does, and when a published version reaches back (a replay)
ALTER TABLE entitlement_change DROP CONSTRAINT entitlement_change_cause_check;
ALTER TABLE entitlement_change ADD CONSTRAINT entitlement_change_cause_check
    CHECK (cause IN ('BIRTH_REGISTERED', 'REGISTRATION_CORRECTED', 'REGISTRATION_REVIEWED', 'REGISTRATION_CANCELLED',
                     'CHILD_AGED', 'ENROLMENT_CHANGED', 'POLICY_REPLAYED'));
