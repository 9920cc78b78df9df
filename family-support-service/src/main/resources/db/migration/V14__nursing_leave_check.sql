-- Nursing-leave checks (护理假, 漳政办规〔2023〕2号 二(五)15): an employer's HR asks whether an only child qualifies
-- this year. What was checked, by whom and when, and the answer; the child's identity number only as its keyed index.
CREATE TABLE nursing_leave_check (
    id              uuid PRIMARY KEY,
    child_id_index  varchar(64)  NOT NULL,
    year            integer      NOT NULL,
    qualifies       boolean      NOT NULL,
    reason          varchar(40)  NOT NULL,
    checked_at      timestamptz  NOT NULL,
    checked_by      varchar(200) NOT NULL
);
