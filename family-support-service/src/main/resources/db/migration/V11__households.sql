-- Family-planning households (漳政办规〔2023〕2号 二(五)15–16): households in the reward-and-assistance scheme
-- (奖励扶助: only-child families from before the universal two-child policy, rural two-daughter families) and
-- special families (特别扶助: the only child has died, or is disabled with a qualifying grade). Identity numbers are
-- stored as a birth registration stores the mother's: encrypted, a keyed index, a masked form.
CREATE TABLE household (
    id              uuid PRIMARY KEY,
    basis           varchar(20)  NOT NULL
        CHECK (basis IN ('ONLY_CHILD', 'RURAL_TWO_DAUGHTERS', 'CHILD_DECEASED', 'CHILD_DISABLED')),
    scheme          varchar(20)  NOT NULL CHECK (scheme IN ('REWARD_ASSISTANCE', 'SPECIAL_ASSISTANCE')),
    status          varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'MOVED_AWAY', 'ENDED')),
    ended_on        date,
    special_since   date,
    family_id       uuid REFERENCES family (id),
    township_code   varchar(9)   NOT NULL,
    revision        integer      NOT NULL CHECK (revision >= 1),
    created_at      timestamptz  NOT NULL,
    created_by      varchar(200) NOT NULL,
    version         integer      NOT NULL,
    CHECK ((status = 'ACTIVE') = (ended_on IS NULL))
);
CREATE INDEX household_family ON household (family_id);
CREATE INDEX household_township ON household (township_code);

CREATE TABLE household_member (
    id               uuid PRIMARY KEY,
    household_id     uuid         NOT NULL REFERENCES household (id),
    position         integer      NOT NULL CHECK (position >= 1),
    role             varchar(6)   NOT NULL CHECK (role IN ('MOTHER', 'FATHER', 'CHILD')),
    sex              varchar(6)   NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    birth_date       date         NOT NULL,
    hukou_type       varchar(5)   NOT NULL CHECK (hukou_type IN ('URBAN', 'RURAL')),
    id_number_cipher bytea        NOT NULL,
    id_number_index  varchar(64)  NOT NULL,
    id_number_masked varchar(18)  NOT NULL,
    died_on          date,
    disability_grade integer      CHECK (disability_grade BETWEEN 1 AND 4),
    CONSTRAINT household_member_position UNIQUE (household_id, position),
    CONSTRAINT household_member_id_number UNIQUE (household_id, id_number_index)
);
CREATE INDEX household_member_id_index ON household_member (id_number_index);

-- The evidence the registrar saw (document type, number, date); no files are kept.
CREATE TABLE household_evidence (
    id              uuid PRIMARY KEY,
    household_id    uuid         NOT NULL REFERENCES household (id),
    document_type   varchar(30)  NOT NULL,
    document_number varchar(60)  NOT NULL,
    issued_on       date         NOT NULL,
    recorded_at     timestamptz  NOT NULL,
    recorded_by     varchar(200) NOT NULL
);
CREATE INDEX household_evidence_household ON household_evidence (household_id);

-- Status history: one row per change, with the scheme and status it left the household in.
CREATE TABLE household_status_change (
    household_id   uuid         NOT NULL REFERENCES household (id),
    revision       integer      NOT NULL,
    kind           varchar(20)  NOT NULL
        CHECK (kind IN ('ENROLLED', 'MEMBER_DIED', 'CHILD_DISABLED', 'REBIRTH', 'MOVED_AWAY')),
    member_id      uuid REFERENCES household_member (id),
    effective_on   date         NOT NULL,
    basis_after    varchar(20)  NOT NULL,
    scheme_after   varchar(20)  NOT NULL,
    status_after   varchar(10)  NOT NULL,
    recorded_at    timestamptz  NOT NULL,
    recorded_by    varchar(200) NOT NULL,
    PRIMARY KEY (household_id, revision)
);

-- The rules of the schemes, as data with their source.
CREATE TABLE household_rule (
    code   varchar(40)  PRIMARY KEY,
    value  integer      NOT NULL,
    source varchar(300) NOT NULL
);
INSERT INTO household_rule (code, value, source) VALUES
('REWARD_ASSISTANCE_AGE_YEARS', 60, '漳政办规〔2023〕2号 二(五)15 continues the reward-and-assistance scheme; 国办发〔2004〕21号 农村部分计划生育家庭奖励扶助制度试点方案: from the year the parent turns 60'),
('SPECIAL_ASSISTANCE_AGE_YEARS', 49, '漳政办规〔2023〕2号 二(五)16; 国人口发〔2007〕78号 全国独生子女伤残死亡家庭扶助制度试点方案: both parents from the year the mother (女方) turns 49'),
('QUALIFYING_DISABILITY_GRADE_MAX', 3, '国人口发〔2007〕78号: the only child disabled at grade 3 or worse (伤病残达到三级以上, grades 1–3)'),
('NURSING_LEAVE_DAYS', 10, '漳政办规〔2023〕2号 二(五)15: 每年累计不超过10天的护理时间'),
('NURSING_LEAVE_PARENT_AGE_YEARS', 60, '漳政办规〔2023〕2号 二(五)15: 独生子女的父母年满六十周岁，患病住院治疗期间');
