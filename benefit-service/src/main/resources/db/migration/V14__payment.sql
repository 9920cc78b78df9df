-- Payments recorded by the paying side, once each: the payment reference (the treasury's or the fund's voucher
-- number) is unique, and recording it again answers with the first record. A payment settles an approved claim
-- (claim_id) or one month of a child's entitlement (registration_id + period_from, the month's first day). Each is
-- split between the policy's payers (the catalogue's cost split, odd fen by largest remainder) in payment_split.
-- Payments are never rewritten: a replay of a changed version reports arrears and overpayments against them.
CREATE TABLE payment (
    id               uuid          PRIMARY KEY,
    reference        varchar(60)   NOT NULL,
    policy_code      varchar(40)   NOT NULL,
    claim_id         uuid          REFERENCES claim (id),
    registration_id  uuid,
    family_id        uuid,
    period_from      date          NOT NULL,
    period_to        date          NOT NULL,
    amount_fen       bigint        NOT NULL CHECK (amount_fen > 0),
    paid_on          date          NOT NULL,
    recorded_by      varchar(200)  NOT NULL,
    recorded_at      timestamptz   NOT NULL,
    CONSTRAINT payment_reference_once UNIQUE (reference),
    CONSTRAINT payment_for_one CHECK ((claim_id IS NULL) <> (registration_id IS NULL)),
    CONSTRAINT payment_period CHECK (period_to >= period_from)
);
CREATE INDEX payment_claim ON payment (claim_id);
CREATE INDEX payment_child ON payment (registration_id, policy_code, period_from);
CREATE INDEX payment_policy_year ON payment (policy_code, paid_on);

CREATE TABLE payment_split (
    payment_id  uuid         NOT NULL REFERENCES payment (id),
    payer       varchar(40)  NOT NULL,
    amount_fen  bigint       NOT NULL,
    PRIMARY KEY (payment_id, payer)
);
