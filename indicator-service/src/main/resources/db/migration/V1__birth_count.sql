-- Birth counters (numerators of indicators 1 and 2), one row per year of birth, township and sex.
CREATE TABLE birth_count (
    birth_year     integer     NOT NULL,
    township_code  varchar(9)  NOT NULL,
    sex            varchar(6)  NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    births         bigint      NOT NULL CHECK (births >= 0),
    PRIMARY KEY (birth_year, township_code, sex)
);
