-- What indicators 9-11, 16 and 22-24 are computed from, derived from the events alone (a rebuild empties and replays
-- them): every revision of the residential zones, training cohorts and public places that childcare-registry-service
-- publishes (fertility.childcare-planning.v1); the latest confirmed yearly review of each household and scheme
-- (household.review-completed.v1) with its recipients; and the payments of the two household schemes
-- (benefit.payment-recorded.v1).
CREATE TABLE zone_observation (
    zone_id        uuid        NOT NULL,
    revision       integer     NOT NULL CHECK (revision >= 1),
    changed_at     timestamptz NOT NULL,
    township_code  varchar(9)  NOT NULL,
    kind           varchar(5)  NOT NULL CHECK (kind IN ('NEW', 'BUILT')),
    residents      integer     NOT NULL CHECK (residents >= 0),
    PRIMARY KEY (zone_id, revision)
);

CREATE TABLE training_observation (
    cohort_id      uuid        NOT NULL,
    revision       integer     NOT NULL CHECK (revision >= 1),
    changed_at     timestamptz NOT NULL,
    township_code  varchar(9)  NOT NULL,
    end_date       date        NOT NULL,
    trained        integer     NOT NULL CHECK (trained >= 0),
    PRIMARY KEY (cohort_id, revision)
);

CREATE TABLE place_observation (
    place_id       uuid        NOT NULL,
    revision       integer     NOT NULL CHECK (revision >= 1),
    changed_at     timestamptz NOT NULL,
    township_code  varchar(9)  NOT NULL,
    room_required  boolean     NOT NULL,
    room_present   boolean     NOT NULL,
    PRIMARY KEY (place_id, revision)
);

CREATE TABLE household_review (
    household_id   uuid        NOT NULL,
    year           integer     NOT NULL,
    scheme         varchar(20) NOT NULL,
    review_id      uuid        NOT NULL,
    confirmed_at   timestamptz NOT NULL,
    township_code  varchar(9)  NOT NULL,
    PRIMARY KEY (household_id, year, scheme)
);

CREATE TABLE household_review_recipient (
    household_id        uuid        NOT NULL,
    year                integer     NOT NULL,
    scheme              varchar(20) NOT NULL,
    member_id           uuid        NOT NULL,
    change              varchar(12) NOT NULL,
    accurate            boolean     NOT NULL,
    insurance_enrolled  boolean,
    amount_due_fen      bigint      NOT NULL CHECK (amount_due_fen >= 0),
    PRIMARY KEY (household_id, year, scheme, member_id),
    FOREIGN KEY (household_id, year, scheme) REFERENCES household_review ON DELETE CASCADE
);

CREATE TABLE scheme_payment (
    payment_id     uuid        PRIMARY KEY,
    policy_code    varchar(40) NOT NULL,
    amount_fen     bigint      NOT NULL CHECK (amount_fen > 0),
    period_year    integer     NOT NULL,
    paid_on        date        NOT NULL
);

INSERT INTO computation_rule (code, value, description, source) VALUES
('NEW_ZONE_INCLUSIVE_SLOTS_PER_1000', 10,
 'A new residential zone meets the standard with at least this many inclusive slots per 1,000 residents',
 '漳政办规〔2023〕2号 二(三)9 (新建城区和新建住宅区按每千人不少于10个托位); 附件1 指标9'),
('BUILT_ZONE_INCLUSIVE_SLOTS_PER_1000', 3,
 'A built residential zone meets the standard with at least this many inclusive slots per 1,000 residents',
 '漳政办规〔2023〕2号 二(三)9 (老城区和已建成住宅区按照每千人不少于3个托位); 附件1 指标10');

-- 23 is money paid ÷ money due (fen): a ratio of amounts, not of chance events, so it carries no interval.
UPDATE indicator SET measure = 'DENSITY',
    computed_from = 'household.review-completed.v1 (amounts due) and benefit.payment-recorded.v1 (payments of the two schemes)'
 WHERE number = 23;
UPDATE indicator SET computed_from = 'childcare.zone-changed.v1 (NEW zones) and the inclusive slots of OPERATING nurseries in them' WHERE number = 9;
UPDATE indicator SET computed_from = 'childcare.zone-changed.v1 (BUILT zones) and the inclusive slots of OPERATING nurseries in them' WHERE number = 10;
UPDATE indicator SET computed_from = 'childcare.training-recorded.v1 (persons trained, cohorts ending from the plan period''s first year)' WHERE number = 11;
UPDATE indicator SET computed_from = 'childcare.room-changed.v1 (places that must have a room)' WHERE number = 16;
UPDATE indicator SET computed_from = 'household.review-completed.v1 (recipients verified accurate)' WHERE number = 22;
UPDATE indicator SET computed_from = 'household.review-completed.v1 (special-assistance recipients insured)' WHERE number = 24;
