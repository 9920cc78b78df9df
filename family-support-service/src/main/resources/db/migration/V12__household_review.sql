-- The yearly review (资格确认, 漳政办规〔2023〕2号 二(五)15) and the amounts per scheme and year. The plan adjusts the
-- special-assistance standard dynamically (二(五)16): amounts are entered per year by an administrator with their
-- source; none is seeded here. A review for a year without an amount for a scheme it needs is refused.
CREATE TABLE assistance_amount (
    scheme       varchar(20)   NOT NULL CHECK (scheme IN ('REWARD_ASSISTANCE', 'SPECIAL_ASSISTANCE')),
    year         integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    yearly_yuan  numeric(10,2) NOT NULL CHECK (yearly_yuan > 0),
    source       varchar(300)  NOT NULL,
    set_at       timestamptz   NOT NULL,
    set_by       varchar(200)  NOT NULL,
    PRIMARY KEY (scheme, year)
);

CREATE TABLE household_review (
    id            uuid PRIMARY KEY,
    year          integer      NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
    status        varchar(10)  NOT NULL CHECK (status IN ('DRAFT', 'CONFIRMED')),
    run_at        timestamptz  NOT NULL,
    run_by        varchar(200) NOT NULL,
    confirmed_at  timestamptz,
    confirmed_by  varchar(200),
    version       integer      NOT NULL
);

-- One row per recipient of the year (a parent), new, continuing or ended, with the reason, the months and the amount
-- due, and the verification outcome (indicator 22).
CREATE TABLE household_review_line (
    id                  uuid PRIMARY KEY,
    review_id           uuid          NOT NULL REFERENCES household_review (id),
    household_id        uuid          NOT NULL REFERENCES household (id),
    member_id           uuid          NOT NULL REFERENCES household_member (id),
    scheme              varchar(20)   NOT NULL,
    township_code       varchar(9)    NOT NULL,
    change              varchar(10)   NOT NULL CHECK (change IN ('NEW', 'CONTINUING', 'ENDED')),
    reason              varchar(20)   NOT NULL,
    months_due          integer       NOT NULL CHECK (months_due BETWEEN 0 AND 12),
    amount_due_yuan     numeric(10,2) NOT NULL CHECK (amount_due_yuan >= 0),
    verification        varchar(12)   CHECK (verification IN ('ACCURATE', 'INACCURATE')),
    inaccuracy_reason   varchar(20)   CHECK (inaccuracy_reason IN ('DECEASED', 'MOVED', 'NOT_ELIGIBLE')),
    verified_at         timestamptz,
    verified_by         varchar(200),
    CONSTRAINT household_review_line_member UNIQUE (review_id, member_id),
    CHECK ((verification = 'INACCURATE') = (inaccuracy_reason IS NOT NULL))
);
CREATE INDEX household_review_line_review ON household_review_line (review_id);

-- Medical-insurance enrolment of special-family members (资助参保, 二(五)16; indicator 24), per member and year.
CREATE TABLE insurance_enrolment (
    member_id     uuid         NOT NULL REFERENCES household_member (id),
    year          integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    enrolled_on   date         NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    recorded_by   varchar(200) NOT NULL,
    PRIMARY KEY (member_id, year)
);
