-- The community register (居委会/村委会) an administrator maintains here: code under its township, name,
-- urban or rural, resident population per year. Published as community-changed events (family-support keeps a copy).
CREATE TABLE community (
    code           varchar(12)  PRIMARY KEY CHECK (code ~ '^[0-9]{12}$'),
    township_code  varchar(9)   NOT NULL CHECK (code LIKE township_code || '%'),
    name           varchar(100) NOT NULL,
    area_type      varchar(5)   NOT NULL CHECK (area_type IN ('URBAN', 'RURAL')),
    revision       integer      NOT NULL,
    changed_at     timestamptz  NOT NULL
);
CREATE INDEX community_township ON community (township_code);

CREATE TABLE community_population (
    community_code varchar(12) NOT NULL REFERENCES community (code),
    year           integer     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    residents      integer     NOT NULL CHECK (residents >= 0),
    PRIMARY KEY (community_code, year)
);

-- Residential zones (住宅区) for the zone standards of task 9: new zones plan >= 10 inclusive slots per 1,000
-- residents, built zones make up >= 3 (planning_standard rows NEW_AREA_/BUILT_AREA_INCLUSIVE_SLOTS_PER_1000).
CREATE TABLE residential_zone (
    id             uuid         PRIMARY KEY,
    name           varchar(100) NOT NULL,
    township_code  varchar(9)   NOT NULL,
    community_code varchar(12)  REFERENCES community (code),
    kind           varchar(5)   NOT NULL CHECK (kind IN ('NEW', 'BUILT')),
    residents      integer      NOT NULL CHECK (residents >= 0),
    created_at     timestamptz  NOT NULL
);
