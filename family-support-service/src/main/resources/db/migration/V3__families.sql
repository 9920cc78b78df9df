-- Families (plan tasks 1 and 2): the mother and, optionally, the father, and their children. A family is
-- found by the mother's identity number (one family per mother) when a birth is registered; registration never
-- depends on marriage status or family size (task 1), so a family needs no marriage record and no father.
-- Identity numbers are stored as the mother's is in birth_registration: encrypted, a keyed index, a masked form.
CREATE TABLE family (
    id                uuid PRIMARY KEY,
    mother_id_cipher  bytea        NOT NULL,
    mother_id_index   varchar(64)  NOT NULL,
    mother_id_masked  varchar(18)  NOT NULL,
    father_id_cipher  bytea,
    father_id_index   varchar(64),
    father_id_masked  varchar(18),
    hukou_type        varchar(5)   CHECK (hukou_type IN ('URBAN', 'RURAL')),
    township_code     varchar(9)   NOT NULL,
    community_code    varchar(12)  NOT NULL,
    created_at        timestamptz  NOT NULL,
    version           integer      NOT NULL,
    CONSTRAINT family_mother UNIQUE (mother_id_index),
    CONSTRAINT family_father_complete CHECK (
        (father_id_cipher IS NULL) = (father_id_index IS NULL) AND (father_id_index IS NULL) = (father_id_masked IS NULL))
);
CREATE INDEX family_father ON family (father_id_index);

-- The family's children: those registered here (registration_id) and earlier ones the suite never saw, declared at
-- registration or later with their date of birth and, where they have one, their identity number. A declared child
-- who is registered later is linked to the registration: one child, not two. position is the order in which the
-- children became known (the tie-break for twins: consecutive orders by registration order).
CREATE TABLE family_child (
    id               uuid PRIMARY KEY,
    family_id        uuid        NOT NULL REFERENCES family (id),
    position         integer     NOT NULL CHECK (position >= 1),
    birth_date       date        NOT NULL,
    registration_id  uuid        REFERENCES birth_registration (id),
    id_number_cipher bytea,
    id_number_index  varchar(64),
    id_number_masked varchar(18),
    deceased         boolean     NOT NULL,
    declared_at      timestamptz NOT NULL,
    declared_by      varchar(200) NOT NULL,
    CONSTRAINT family_child_position UNIQUE (family_id, position),
    CONSTRAINT family_child_registration UNIQUE (registration_id),
    CONSTRAINT family_child_id_number_complete CHECK (
        (id_number_cipher IS NULL) = (id_number_index IS NULL) AND (id_number_index IS NULL) = (id_number_masked IS NULL))
);
CREATE UNIQUE INDEX family_child_id_number ON family_child (family_id, id_number_index) WHERE id_number_index IS NOT NULL;

-- A registration belongs to a family; birth_order is now the order derived from the family's children and
-- declared_birth_order what the registrar stated. Doubtful facts do not refuse a registration: it stands with status
-- UNDER_REVIEW and its findings until a reviewer confirms or corrects it.
ALTER TABLE birth_registration
    ADD COLUMN family_id            uuid REFERENCES family (id),
    ADD COLUMN declared_birth_order integer CHECK (declared_birth_order BETWEEN 1 AND 20);
UPDATE birth_registration SET declared_birth_order = birth_order;
ALTER TABLE birth_registration ALTER COLUMN declared_birth_order SET NOT NULL;
ALTER TABLE birth_registration DROP CONSTRAINT birth_registration_status_check;
ALTER TABLE birth_registration ALTER COLUMN status TYPE varchar(12);
ALTER TABLE birth_registration ADD CONSTRAINT birth_registration_status_check
    CHECK (status IN ('REGISTERED', 'UNDER_REVIEW', 'CANCELLED'));
CREATE INDEX birth_registration_family ON birth_registration (family_id);

CREATE TABLE birth_registration_finding (
    registration_id uuid        NOT NULL REFERENCES birth_registration (id),
    position        integer     NOT NULL,
    code            varchar(40) NOT NULL
        CHECK (code IN ('BIRTH_ORDER_DISAGREES', 'MOTHER_AGE_OUT_OF_RANGE', 'FATHER_SAME_AS_MOTHER')),
    PRIMARY KEY (registration_id, position)
);

ALTER TABLE birth_registration_revision DROP CONSTRAINT birth_registration_revision_kind_check;
ALTER TABLE birth_registration_revision ADD CONSTRAINT birth_registration_revision_kind_check
    CHECK (kind IN ('REGISTERED', 'CORRECTED', 'REVIEWED', 'CANCELLED'));

-- The bounds of a plausible fact, as data with their source. The plan sets no age limit and refuses no birth (task 1):
-- outside these bounds a registration is kept and reviewed, not refused.
CREATE TABLE review_bound (
    code   varchar(40)  PRIMARY KEY,
    value  integer      NOT NULL,
    source varchar(300) NOT NULL
);
INSERT INTO review_bound (code, value, source) VALUES
('MOTHER_MIN_AGE_YEARS', 15, 'data quality: a mother younger than 15 at the birth is reviewed, not refused; 漳政办规〔2023〕2号 二(一)1 refuses no birth'),
('MOTHER_MAX_AGE_YEARS', 55, 'data quality: a mother older than 55 at the birth is reviewed, not refused; 漳政办规〔2023〕2号 二(一)1 refuses no birth');
