-- Infant-care worker training (育婴师、保育师, task 8; indicator 11). The HR & social security bureau records each
-- training cohort as counts only: the indicator needs how many were trained and certified, and the names of the
-- trainees would be personal data that this register has no use for.
INSERT INTO planning_standard (code, description, original_text, bound, standard_value, unit, target_year, indicator_no, source) VALUES
('INFANT_CARE_WORKERS_TRAINED_PER_YEAR',
 'Infant-care workers (育婴师, 保育师) trained each year, fully subsidised',
 '将育婴师、保育师等纳入漳平市重点产业职业培训需求指导目录，每年培养培训 200 人（见证给予全额补助）', 'AT_LEAST', 200,
 'persons per year', NULL, 11,
 '漳政办规〔2023〕2号 二(三)8; 附件1 指标11'),
('INFANT_CARE_WORKERS_TRAINED_TOTAL',
 'Infant-care workers (育婴师, 保育师) trained in all by 2025',
 '培养培训育婴师、保育师 ≥600 人', 'AT_LEAST', 600, 'persons', 2025, 11,
 '漳政办规〔2023〕2号 附件1 指标11');

CREATE TABLE training_cohort (
    id             uuid          PRIMARY KEY,
    course         varchar(100)  NOT NULL,
    provider       varchar(100)  NOT NULL,
    township_code  varchar(9)    NOT NULL,
    start_date     date          NOT NULL,
    end_date       date          NOT NULL CHECK (end_date >= start_date),
    trained        integer       NOT NULL CHECK (trained BETWEEN 1 AND 10000),
    certified      integer       NOT NULL CHECK (certified BETWEEN 0 AND trained),
    revision       integer       NOT NULL CHECK (revision >= 1),
    recorded_at    timestamptz   NOT NULL,
    changed_at     timestamptz   NOT NULL
);
CREATE INDEX training_cohort_end ON training_cohort (end_date);

-- every version of a cohort, the first and each correction, with the reason of a correction
CREATE TABLE training_cohort_version (
    cohort_id      uuid          NOT NULL REFERENCES training_cohort (id),
    revision       integer       NOT NULL,
    course         varchar(100)  NOT NULL,
    provider       varchar(100)  NOT NULL,
    township_code  varchar(9)    NOT NULL,
    start_date     date          NOT NULL,
    end_date       date          NOT NULL,
    trained        integer       NOT NULL,
    certified      integer       NOT NULL,
    reason         varchar(500),
    actor_role     varchar(40)   NOT NULL,
    recorded_at    timestamptz   NOT NULL,
    PRIMARY KEY (cohort_id, revision)
);
