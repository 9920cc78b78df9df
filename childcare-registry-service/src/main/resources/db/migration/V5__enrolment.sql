-- Enrolments of children from the under-3 register into operating nurseries, and what the fee rule needs
-- of each child: its birth order and whether it was re-born into a special family (from the birth events).
ALTER TABLE registered_child ADD COLUMN birth_order integer;
ALTER TABLE registered_child ADD COLUMN special_family boolean;

CREATE TABLE enrolment (
    id               uuid          PRIMARY KEY,
    institution_id   uuid          NOT NULL REFERENCES childcare_institution (id),
    child_id         uuid          NOT NULL,
    status           varchar(10)   NOT NULL CHECK (status IN ('ACTIVE', 'ENDED', 'WITHDRAWN')),
    start_date       date          NOT NULL,
    end_date         date,
    end_reason       varchar(200),
    monthly_fee      numeric(7,2)  NOT NULL,
    reduction_ratio  numeric(3,2)  NOT NULL,
    reduced_fee      numeric(7,2)  NOT NULL,
    reduction_source varchar(200),
    revision         integer       NOT NULL
);
-- a child attends one nursery at a time
CREATE UNIQUE INDEX enrolment_one_active_per_child ON enrolment (child_id) WHERE status = 'ACTIVE';
CREATE INDEX enrolment_institution ON enrolment (institution_id, status);

-- the waiting list of a nursery, served in order of request when a slot frees
CREATE TABLE waiting_entry (
    id              uuid         PRIMARY KEY,
    institution_id  uuid         NOT NULL REFERENCES childcare_institution (id),
    child_id        uuid         NOT NULL,
    requested_at    timestamptz  NOT NULL,
    seq             bigserial    NOT NULL,
    status          varchar(10)  NOT NULL CHECK (status IN ('WAITING', 'ENROLLED', 'CANCELLED'))
);
CREATE UNIQUE INDEX waiting_entry_one_per_child_and_nursery ON waiting_entry (institution_id, child_id) WHERE status = 'WAITING';

-- Fee reductions of task 8 at public inclusive nurseries, as data with their source.
CREATE TABLE fee_reduction_rule (
    code    varchar(40)   PRIMARY KEY,
    ratio   numeric(3,2)  NOT NULL CHECK (ratio > 0 AND ratio <= 1),
    description varchar(300) NOT NULL,
    source  varchar(200)  NOT NULL
);
INSERT INTO fee_reduction_rule (code, ratio, description, source) VALUES
('THIRD_OR_LATER_CHILD', 0.50, '对生育三孩家庭婴幼儿入托（公办普惠性托育机构）托育保育费予以 50% 减免 (third and later children, public inclusive nurseries)',
 '漳政办规〔2023〕2号 二(三)8'),
('SPECIAL_FAMILY_REBORN', 1.00, '对计生特殊家庭再生育婴幼儿入托（公办普惠性托育机构）托育保育费全免 (re-born into a special family, public inclusive nurseries)',
 '漳政办规〔2023〕2号 二(三)8');
