-- Care of special families (漳政办规〔2023〕2号 二(五)17): the two contact persons (双岗联系人, one from the township,
-- one from the village or community), the contracted family doctor, a log of care visits and services, and the yearly
-- census (每年普查) at city and township level with who checked each household and when. Contact persons and
-- doctors are officials acting in their role: their names and work phones are kept here, never in events or logs.
CREATE TABLE household_care (
    household_id            uuid PRIMARY KEY REFERENCES household (id),
    township_contact_name   varchar(40)  NOT NULL,
    township_contact_phone  varchar(20)  NOT NULL,
    village_contact_name    varchar(40)  NOT NULL,
    village_contact_phone   varchar(20)  NOT NULL,
    family_doctor_name      varchar(40),
    family_doctor_institution varchar(100),
    family_doctor_since     date,
    updated_at              timestamptz  NOT NULL,
    updated_by              varchar(200) NOT NULL
);

CREATE TABLE household_care_visit (
    id            uuid PRIMARY KEY,
    household_id  uuid         NOT NULL REFERENCES household (id),
    service       varchar(20)  NOT NULL
        CHECK (service IN ('DAILY_CARE', 'MEDICAL_ESCORT', 'PRIORITY_MEDICAL', 'VISIT')),
    visited_on    date         NOT NULL,
    note          varchar(500),
    recorded_at   timestamptz  NOT NULL,
    recorded_by   varchar(200) NOT NULL
);
CREATE INDEX household_care_visit_household ON household_care_visit (household_id);

CREATE TABLE household_census_check (
    household_id  uuid         NOT NULL REFERENCES household (id),
    year          integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    level         varchar(8)   NOT NULL CHECK (level IN ('CITY', 'TOWNSHIP')),
    checked_on    date         NOT NULL,
    checked_by    varchar(200) NOT NULL,
    finding       varchar(500),
    PRIMARY KEY (household_id, year, level)
);
