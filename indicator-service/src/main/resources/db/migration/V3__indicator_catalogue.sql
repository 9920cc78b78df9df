-- The plan's 24 indicators (漳政办规〔2023〕2号, Annex 1 "漳平市生育友好城市建设主要指标") and their targets,
-- versioned by plan period so that a new period adds targets without losing the old ones.
--
-- measure says how a value is formed from its numerator and denominator and which exact 95% interval it carries:
--   RATE       numerator ÷ denominator × multiplier, numerator a count of events (Poisson, Garwood interval)
--   SEX_RATIO  male ÷ female × 100 (binomial on the male share, Clopper–Pearson limits turned into ratios)
--   PROPORTION numerator ÷ denominator × 100, numerator a subset of the denominator (binomial, Clopper–Pearson)
--   COUNT      the numerator itself (a census of what was done: no interval)
--   DENSITY    numerator ÷ denominator × multiplier of a stock, not of chance events (no interval)
-- provenance: COMPUTED from events (1, 2 from births; 9–16 from the childcare registry and 22–24 from the households
-- when their events exist) or REPORTED by the owning department.
CREATE TABLE indicator (
    number        integer      PRIMARY KEY CHECK (number BETWEEN 1 AND 24),
    theme         varchar(12)  NOT NULL CHECK (theme IN ('SUPPORT', 'PLATFORM', 'SERVICES', 'ENVIRONMENT', 'GUARANTEE')),
    name_zh       varchar(80)  NOT NULL,
    name_en       varchar(120) NOT NULL,
    unit_zh       varchar(12)  NOT NULL,
    unit_en       varchar(40)  NOT NULL,
    nature        varchar(8)   NOT NULL CHECK (nature IN ('BINDING', 'EXPECTED')),
    owners        varchar(80)  NOT NULL,
    measure       varchar(10)  NOT NULL CHECK (measure IN ('RATE', 'SEX_RATIO', 'PROPORTION', 'COUNT', 'DENSITY')),
    multiplier    integer      NOT NULL CHECK (multiplier > 0),
    provenance    varchar(8)   NOT NULL CHECK (provenance IN ('COMPUTED', 'REPORTED')),
    computed_from varchar(120),
    source        varchar(200) NOT NULL
);

CREATE TABLE indicator_target (
    indicator_number integer      NOT NULL REFERENCES indicator (number),
    plan_period      varchar(9)   NOT NULL CHECK (plan_period ~ '^[0-9]{4}-[0-9]{4}$'),
    first_year       integer      NOT NULL,
    last_year        integer      NOT NULL CHECK (last_year >= first_year),
    target_year      integer      NOT NULL,
    target_text      varchar(20)  NOT NULL,
    comparator       varchar(8)   NOT NULL CHECK (comparator IN ('AT_LEAST', 'AT_MOST', 'ABOUT', 'EQUAL')),
    target           numeric(12, 3) NOT NULL,
    source           varchar(300) NOT NULL,
    loaded_at        timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (indicator_number, plan_period)
);

INSERT INTO indicator (number, theme, name_zh, name_en, unit_zh, unit_en, nature, owners, measure, multiplier, provenance, computed_from, source) VALUES
 (1,  'SUPPORT',     '人口年平均出生率', 'Crude birth rate', '‰', 'per 1,000', 'EXPECTED', 'HEALTH', 'RATE', 1000, 'COMPUTED', 'births ÷ mean resident population × 1000', 'Annex 1, row 1'),
 (2,  'SUPPORT',     '出生人口性别比', 'Sex ratio at birth', '女=100', 'boys per 100 girls', 'EXPECTED', 'HEALTH', 'SEX_RATIO', 100, 'COMPUTED', 'male births ÷ female births × 100', 'Annex 1, row 2'),
 (3,  'PLATFORM',    '孕产妇死亡率', 'Maternal mortality ratio', '1/10万', 'per 100,000 live births', 'EXPECTED', 'HEALTH', 'RATE', 100000, 'REPORTED', NULL, 'Annex 1, row 3'),
 (4,  'PLATFORM',    '婴儿死亡率', 'Infant mortality rate', '‰', 'per 1,000 live births', 'EXPECTED', 'HEALTH', 'RATE', 1000, 'REPORTED', NULL, 'Annex 1, row 4'),
 (5,  'PLATFORM',    '产前筛查率', 'Prenatal screening rate', '%', '%', 'BINDING', 'HEALTH', 'PROPORTION', 100, 'REPORTED', NULL, 'Annex 1, row 5'),
 (6,  'PLATFORM',    '遗传代谢性疾病筛查率', 'Inherited metabolic disease screening rate', '%', '%', 'BINDING', 'HEALTH', 'PROPORTION', 100, 'REPORTED', NULL, 'Annex 1, row 6'),
 (7,  'PLATFORM',    '0-6岁儿童眼保健和视力检查覆盖率', 'Eye care and vision check coverage, children 0–6', '%', '%', 'BINDING', 'HEALTH', 'PROPORTION', 100, 'REPORTED', NULL, 'Annex 1, row 7'),
 (8,  'PLATFORM',    '学校眼保健操普及率', 'Schools doing eye exercises', '%', '%', 'BINDING', 'EDUCATION', 'PROPORTION', 100, 'REPORTED', NULL, 'Annex 1, row 8'),
 (9,  'SERVICES',    '新建住宅区配套普惠托育服务设施达标率', 'New residential areas meeting the inclusive childcare facility standard', '%', '%', 'BINDING', 'NATURAL_RESOURCES', 'PROPORTION', 100, 'COMPUTED', 'childcare registry events (not yet published)', 'Annex 1, row 9'),
 (10, 'SERVICES',    '已建成住宅区普惠托育服务设施改造达标率', 'Built residential areas upgraded to the inclusive childcare facility standard', '%', '%', 'BINDING', 'HOUSING', 'PROPORTION', 100, 'COMPUTED', 'childcare registry events (not yet published)', 'Annex 1, row 10'),
 (11, 'SERVICES',    '培养培训育婴师、保育师', 'Infant-care workers and nursery nurses trained', '人', 'persons', 'BINDING', 'HR_SOCIAL_SECURITY', 'COUNT', 1, 'COMPUTED', 'childcare registry events (not yet published)', 'Annex 1, row 11'),
 (12, 'SERVICES',    '每千人口拥有3岁以下婴幼儿托位数', 'Childcare places for children under 3 per 1,000 residents', '个', 'places per 1,000', 'BINDING', 'HEALTH', 'DENSITY', 1000, 'COMPUTED', 'childcare registry events (not yet published)', 'Annex 1, row 12'),
 (13, 'SERVICES',    '普惠性托位占比', 'Inclusive share of childcare places', '%', '%', 'EXPECTED', 'HEALTH', 'PROPORTION', 100, 'COMPUTED', 'childcare registry events (not yet published)', 'Annex 1, row 13'),
 (14, 'SERVICES',    '常住人口2万人以上乡镇均提供普惠托育服务', 'Townships of 20,000+ residents offering inclusive childcare', '%', '%', 'BINDING', 'HEALTH', 'PROPORTION', 100, 'COMPUTED', 'childcare registry events (not yet published)', 'Annex 1, row 14'),
 (15, 'SERVICES',    '城市社区普惠托育服务覆盖率', 'Urban communities covered by inclusive childcare', '%', '%', 'BINDING', 'CIVIL_AFFAIRS', 'PROPORTION', 100, 'COMPUTED', 'childcare registry events (not yet published)', 'Annex 1, row 15'),
 (16, 'ENVIRONMENT', '公共场所母婴室配置率', 'Public places with a mother-and-baby room', '%', '%', 'BINDING', 'HEALTH', 'PROPORTION', 100, 'COMPUTED', 'childcare registry events (not yet published)', 'Annex 1, row 16'),
 (17, 'ENVIRONMENT', '普惠性幼儿园覆盖率', 'Inclusive kindergarten coverage', '%', '%', 'BINDING', 'EDUCATION', 'PROPORTION', 100, 'REPORTED', NULL, 'Annex 1, row 17'),
 (18, 'ENVIRONMENT', '学前教育入园率', 'Preschool enrolment rate', '%', '%', 'EXPECTED', 'EDUCATION', 'PROPORTION', 100, 'REPORTED', NULL, 'Annex 1, row 18'),
 (19, 'ENVIRONMENT', '九年义务教育巩固率', 'Nine-year compulsory education retention rate', '%', '%', 'BINDING', 'EDUCATION', 'PROPORTION', 100, 'REPORTED', NULL, 'Annex 1, row 19'),
 (20, 'ENVIRONMENT', '义务教育阶段学校开展课后服务率', 'Compulsory-education schools offering after-school services', '%', '%', 'BINDING', 'EDUCATION', 'PROPORTION', 100, 'REPORTED', NULL, 'Annex 1, row 20'),
 (21, 'GUARANTEE',   '学科类校外培训监管率', 'Off-campus academic tutoring under supervision', '%', '%', 'BINDING', 'EDUCATION', 'PROPORTION', 100, 'REPORTED', NULL, 'Annex 1, row 21'),
 (22, 'GUARANTEE',   '计生奖扶对象准确率', 'Accuracy of reward-and-assistance recipients', '%', '%', 'BINDING', 'HEALTH', 'PROPORTION', 100, 'COMPUTED', 'household events (not yet published)', 'Annex 1, row 22'),
 (23, 'GUARANTEE',   '计生奖扶资金到位率', 'Reward-and-assistance funds paid in full', '%', '%', 'BINDING', 'FINANCE', 'PROPORTION', 100, 'COMPUTED', 'household events (not yet published)', 'Annex 1, row 23'),
 (24, 'GUARANTEE',   '计生特扶家庭医保参保率', 'Special-assistance family members in medical insurance', '%', '%', 'BINDING', 'HEALTH,MEDICAL_SECURITY', 'PROPORTION', 100, 'COMPUTED', 'household events (not yet published)', 'Annex 1, row 24');

-- Plan period 2023–2025 (the plan is valid from 2023-04-10 to 2025-12-31). target_text is the annex's own cell;
-- comparator and target are its reading. Where the cell has no sign: a rate of 100% reads "= 100"; row 1 ("7", a
-- birth level to be kept "适度", moderate) reads "about 7"; row 2 reads "≤ 115" because the plan asks the ratio to
-- "趋于正常" (tend to normal, i.e. come down towards about 105); row 3's "12左右" reads "about 12" (task 5 says
-- "控制在12/10万左右").
INSERT INTO indicator_target (indicator_number, plan_period, first_year, last_year, target_year, target_text, comparator, target, source)
SELECT n, '2023-2025', 2023, 2025, 2025, t, c, v,
       '漳政办规〔2023〕2号 Annex 1, row ' || n || ' (2025年规划目标值 "' || t || '")' || coalesce('; ' || note, '')
FROM (VALUES
 (1,  '7',     'ABOUT',    7,   'no sign in the annex; "生育水平保持适度" (section 2, goals)'),
 (2,  '115',   'AT_MOST',  115, '"出生人口性别比趋于正常" (section 2, goals)'),
 (3,  '12左右', 'ABOUT',    12,  'task 5: "控制在12/10万左右"'),
 (4,  '≤4',    'AT_MOST',  4,   NULL),
 (5,  '≥80',   'AT_LEAST', 80,  NULL),
 (6,  '≥98',   'AT_LEAST', 98,  NULL),
 (7,  '≥90',   'AT_LEAST', 90,  NULL),
 (8,  '100',   'EQUAL',    100, NULL),
 (9,  '100',   'EQUAL',    100, NULL),
 (10, '100',   'EQUAL',    100, NULL),
 (11, '≥600',  'AT_LEAST', 600, 'task 8: 200 a year'),
 (12, '≥4.5',  'AT_LEAST', 4.5, NULL),
 (13, '≥60',   'AT_LEAST', 60,  NULL),
 (14, '100',   'EQUAL',    100, NULL),
 (15, '100',   'EQUAL',    100, NULL),
 (16, '100',   'EQUAL',    100, NULL),
 (17, '≥90',   'AT_LEAST', 90,  NULL),
 (18, '≥99',   'AT_LEAST', 99,  NULL),
 (19, '≥99',   'AT_LEAST', 99,  NULL),
 (20, '100',   'EQUAL',    100, NULL),
 (21, '100',   'EQUAL',    100, NULL),
 (22, '≥98',   'AT_LEAST', 98,  NULL),
 (23, '100',   'EQUAL',    100, NULL),
 (24, '100',   'EQUAL',    100, NULL)
) AS t (n, t, c, v, note);

-- Denominators: the annual mean resident population (年平均常住人口) of each township, loaded by an administrator per
-- year (the per-township split is not published; DESIGN.md §2). The city's figure is the sum of its 16 townships.
CREATE TABLE resident_population (
    year           integer     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    township_code  varchar(9)  NOT NULL,
    population     integer     NOT NULL CHECK (population > 0),
    source         varchar(200) NOT NULL,
    loaded_by      text        NOT NULL,
    loaded_at      timestamptz NOT NULL,
    PRIMARY KEY (year, township_code)
);

-- One value per indicator, period and township ('350881' = the whole city), with its numerator, denominator and
-- provenance. REPORTED rows are written when a reviewer approves a department's submission; the consumers of the
-- childcare registry's and the households' events write their COMPUTED rows here (indicators 9–16, 22–24). The
-- values of 1 and 2 are computed from birth_observation when they are read, so a rebuild from the log restores them.
CREATE TABLE indicator_value (
    indicator_number integer     NOT NULL REFERENCES indicator (number),
    period           varchar(7)  NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
    township_code    varchar(9)  NOT NULL,
    numerator        bigint      NOT NULL CHECK (numerator >= 0),
    denominator      bigint      CHECK (denominator >= 0),
    provenance       varchar(8)  NOT NULL CHECK (provenance IN ('COMPUTED', 'REPORTED')),
    reference        uuid,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (indicator_number, period, township_code)
);

-- Reported values: a department submits the indicators it owns per period (year, quarter or month) and,
-- where it applies, per township ('350881' = the whole city); a Health Commission reviewer approves or returns it
-- with a comment. An approved value is locked. Every submission, approval and return is kept in the history.
CREATE TABLE reported_value (
    id               uuid        PRIMARY KEY,
    indicator_number integer     NOT NULL REFERENCES indicator (number),
    period           varchar(7)  NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
    township_code    varchar(9)  NOT NULL,
    numerator        bigint      NOT NULL CHECK (numerator >= 0),
    denominator      bigint      CHECK (denominator >= 0),
    note             varchar(500),
    department       varchar(40) NOT NULL,
    state            varchar(9)  NOT NULL CHECK (state IN ('SUBMITTED', 'APPROVED', 'RETURNED')),
    revision         integer     NOT NULL CHECK (revision >= 1),
    review_comment   varchar(500),
    updated_at       timestamptz NOT NULL,
    UNIQUE (indicator_number, period, township_code)
);

CREATE TABLE reported_value_history (
    reported_value_id uuid        NOT NULL REFERENCES reported_value (id),
    revision          integer     NOT NULL,
    action            varchar(9)  NOT NULL CHECK (action IN ('SUBMITTED', 'APPROVED', 'RETURNED')),
    numerator         bigint      NOT NULL,
    denominator       bigint,
    comment           varchar(500),
    actor             text        NOT NULL,
    at                timestamptz NOT NULL,
    PRIMARY KEY (reported_value_id, revision, action)
);
