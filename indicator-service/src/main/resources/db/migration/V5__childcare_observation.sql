-- What indicators 12-15 are computed from: every revision of every childcare institution and every community of the
-- register, as childcare-registry-service publishes them (childcare.institution-changed.v1,
-- reference.community-changed.v1). Keeping each revision with the time it took effect lets a year's value be the
-- registry as it stood at the end of that year, whatever order the events arrive in; the rows are derived from the
-- events alone (a rebuild empties and replays them).
CREATE TABLE institution_observation (
    institution_id   uuid        NOT NULL,
    revision         integer     NOT NULL CHECK (revision >= 1),
    changed_at       timestamptz NOT NULL,
    kind             varchar(30) NOT NULL,
    inclusive        boolean     NOT NULL,
    township_code    varchar(9)  NOT NULL,
    community_code   varchar(12) NOT NULL,
    zone_id          uuid,
    status           varchar(12) NOT NULL,
    total_slots      integer     NOT NULL CHECK (total_slots >= 0),
    inclusive_slots  integer     NOT NULL CHECK (inclusive_slots >= 0),
    PRIMARY KEY (institution_id, revision)
);
CREATE INDEX institution_observation_changed_at ON institution_observation (changed_at);

CREATE TABLE community_observation (
    community_code   varchar(12) NOT NULL,
    revision         integer     NOT NULL CHECK (revision >= 1),
    changed_at       timestamptz NOT NULL,
    township_code    varchar(9)  NOT NULL,
    area_type        varchar(10) NOT NULL,
    PRIMARY KEY (community_code, revision)
);
CREATE INDEX community_observation_changed_at ON community_observation (changed_at);

-- Parameters of the computed indicators that come from the plan (not literals in code).
CREATE TABLE computation_rule (
    code         varchar(60)    PRIMARY KEY,
    value        numeric(14, 3) NOT NULL,
    description  varchar(300)   NOT NULL,
    source       varchar(200)   NOT NULL
);

INSERT INTO computation_rule (code, value, description, source) VALUES
('INCLUSIVE_TOWNSHIP_MIN_RESIDENTS', 20000,
 'Townships with at least this many residents are in the denominator of indicator 14 (常住人口2万人以上的乡镇)',
 '漳政办规〔2023〕2号 二(三)9; 附件1 指标14');

UPDATE indicator SET computed_from = 'childcare.institution-changed.v1 (OPERATING nurseries'' slots) and resident population'
 WHERE number = 12;
UPDATE indicator SET computed_from = 'childcare.institution-changed.v1 (OPERATING nurseries'' inclusive slots ÷ slots)'
 WHERE number = 13;
UPDATE indicator SET computed_from = 'childcare.institution-changed.v1 and resident population (townships of 20,000+)'
 WHERE number = 14;
UPDATE indicator SET computed_from = 'childcare.institution-changed.v1 and reference.community-changed.v1 (URBAN communities)'
 WHERE number = 15;
