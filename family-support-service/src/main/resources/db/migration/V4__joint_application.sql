-- "Birth is one matter" (出生一件事, 漳政办规〔2023〕2号 二(一)2): registering a birth opens one joint application with
-- the six sub-matters of task 2, each owned by its department, each with a time limit in working days.

-- The working-day calendar: days that are not what their weekday says. Public holidays (working = false) and the
-- make-up working days (调休上班, weekend days that are working days; working = true), as the State Council General
-- Office publishes them each year. Any other Saturday or Sunday is a rest day, any other weekday a working day.
-- An administrator adds days through the API (PUT /api/v1/working-calendar/{date}).
CREATE TABLE working_calendar_day (
    day      date         PRIMARY KEY,
    working  boolean      NOT NULL,
    name     varchar(60)  NOT NULL,
    source   varchar(300) NOT NULL
);

INSERT INTO working_calendar_day (day, working, name, source)
SELECT d::date, false, h.name, h.source
FROM (VALUES
    ('2023-01-02', '2023-01-02', '元旦', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
    ('2023-01-23', '2023-01-27', '春节', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
    ('2023-04-05', '2023-04-05', '清明节', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
    ('2023-05-01', '2023-05-03', '劳动节', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
    ('2023-06-22', '2023-06-23', '端午节', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
    ('2023-09-29', '2023-10-06', '中秋节、国庆节', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
    ('2024-01-01', '2024-01-01', '元旦', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
    ('2024-02-12', '2024-02-16', '春节', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
    ('2024-04-04', '2024-04-05', '清明节', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
    ('2024-05-01', '2024-05-03', '劳动节', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
    ('2024-06-10', '2024-06-10', '端午节', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
    ('2024-09-16', '2024-09-17', '中秋节', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
    ('2024-10-01', '2024-10-07', '国庆节', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
    ('2025-01-01', '2025-01-01', '元旦', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
    ('2025-01-28', '2025-02-04', '春节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
    ('2025-04-04', '2025-04-04', '清明节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
    ('2025-05-01', '2025-05-05', '劳动节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
    ('2025-06-02', '2025-06-02', '端午节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
    ('2025-10-01', '2025-10-08', '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
    ('2026-01-01', '2026-01-02', '元旦', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）'),
    ('2026-02-16', '2026-02-23', '春节', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）'),
    ('2026-04-06', '2026-04-06', '清明节', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）'),
    ('2026-05-01', '2026-05-05', '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）'),
    ('2026-06-19', '2026-06-19', '端午节', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）'),
    ('2026-09-25', '2026-09-25', '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）'),
    ('2026-10-01', '2026-10-07', '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）')
) AS h(first_day, last_day, name, source),
LATERAL generate_series(h.first_day::date, h.last_day::date, interval '1 day') AS d
WHERE extract(isodow FROM d) < 6;

INSERT INTO working_calendar_day (day, working, name, source) VALUES
('2023-01-28', true, '春节调休上班', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
('2023-01-29', true, '春节调休上班', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
('2023-04-23', true, '劳动节调休上班', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
('2023-05-06', true, '劳动节调休上班', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
('2023-06-25', true, '端午节调休上班', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
('2023-10-07', true, '国庆节调休上班', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
('2023-10-08', true, '国庆节调休上班', '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）'),
('2024-02-04', true, '春节调休上班', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
('2024-02-18', true, '春节调休上班', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
('2024-04-07', true, '清明节调休上班', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
('2024-04-28', true, '劳动节调休上班', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
('2024-05-11', true, '劳动节调休上班', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
('2024-09-14', true, '中秋节调休上班', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
('2024-09-29', true, '国庆节调休上班', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
('2024-10-12', true, '国庆节调休上班', '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）'),
('2025-01-26', true, '春节调休上班', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
('2025-02-08', true, '春节调休上班', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
('2025-04-27', true, '劳动节调休上班', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
('2025-09-28', true, '国庆节调休上班', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
('2025-10-11', true, '国庆节调休上班', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
('2026-01-04', true, '元旦调休上班', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）'),
('2026-02-14', true, '春节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）'),
('2026-02-28', true, '春节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）'),
('2026-05-09', true, '劳动节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）'),
('2026-09-20', true, '国庆节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）'),
('2026-10-10', true, '国庆节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）');

-- The six sub-matters of task 2 (二(一)2 lists them; 〔责任单位〕 names the departments), each with its time limit in
-- working days (5 unless the responsible department sets another: the plan sets none, "一趟不用跑" is its promise).
CREATE TABLE sub_matter_rule (
    kind              varchar(40)  PRIMARY KEY,
    department        varchar(40)  NOT NULL,
    name              varchar(60)  NOT NULL,
    time_limit_days   integer      NOT NULL CHECK (time_limit_days BETWEEN 1 AND 60),
    position          integer      NOT NULL UNIQUE,
    source            varchar(300) NOT NULL
);
INSERT INTO sub_matter_rule (kind, department, name, time_limit_days, position, source) VALUES
('BIRTH_MEDICAL_CERTIFICATE', 'HEALTH', '出生医学证明办理', 5, 1, '漳政办规〔2023〕2号 二(一)2; issued by the delivery institution under the Health Commission (市卫健局); time limit: the suite default of 5 working days'),
('VACCINATION_CERTIFICATE', 'CDC', '预防接种证办理', 5, 2, '漳政办规〔2023〕2号 二(一)2; vaccination certificates are issued by the CDC network (市疾病预防控制中心); default 5 working days'),
('HOUSEHOLD_REGISTRATION', 'PUBLIC_SECURITY', '出生户口登记', 5, 3, '漳政办规〔2023〕2号 二(一)2 (责任单位: 公安局); default 5 working days'),
('MATERNITY_INSURANCE_PAYMENT', 'MEDICAL_SECURITY', '生育保险待遇核准支付', 5, 4, '漳政办规〔2023〕2号 二(一)2 (责任单位: 漳平医保局; maternity insurance is merged with employee medical insurance, 二(四)11); only where the mother is insured; default 5 working days'),
('MEDICAL_INSURANCE_ENROLMENT', 'MEDICAL_SECURITY', '城乡居民基本医疗保险参保登记', 5, 5, '漳政办规〔2023〕2号 二(一)2 (责任单位: 漳平医保局); default 5 working days'),
('SOCIAL_SECURITY_CARD', 'HR_SOCIAL_SECURITY', '社会保障卡申领', 5, 6, '漳政办规〔2023〕2号 二(一)2 (责任单位: 人社局); default 5 working days');

CREATE TABLE joint_application (
    id               uuid PRIMARY KEY,
    registration_id  uuid        NOT NULL UNIQUE REFERENCES birth_registration (id),
    family_id        uuid        REFERENCES family (id),
    opened_at        timestamptz NOT NULL,
    completed_at     timestamptz,
    version          integer     NOT NULL
);

CREATE TABLE sub_matter (
    id              uuid PRIMARY KEY,
    application_id  uuid         NOT NULL REFERENCES joint_application (id),
    kind            varchar(40)  NOT NULL REFERENCES sub_matter_rule (kind),
    department      varchar(40)  NOT NULL,
    status          varchar(10)  NOT NULL CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'DONE', 'REJECTED')),
    reason_code     varchar(30),
    submitted_at    timestamptz  NOT NULL,
    submitted_on    date         NOT NULL,
    first_submitted_on date      NOT NULL,
    due_on          date         NOT NULL,
    accepted_at     timestamptz,
    done_at         timestamptz,
    done_on         date,
    rejected_at     timestamptz,
    rejections      integer      NOT NULL,
    done_before     boolean      NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(200) NOT NULL,
    version         integer      NOT NULL,
    CONSTRAINT sub_matter_once UNIQUE (application_id, kind),
    CONSTRAINT sub_matter_rejected_has_reason CHECK ((status = 'REJECTED') = (reason_code IS NOT NULL))
);
CREATE INDEX sub_matter_worklist ON sub_matter (department, status, due_on);
CREATE INDEX sub_matter_done ON sub_matter (kind, done_on);
