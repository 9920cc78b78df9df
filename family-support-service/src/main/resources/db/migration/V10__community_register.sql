-- family-support's copy of the community register that childcare-registry-service maintains and publishes
-- (reference.community-changed.v1): what a birth's community is checked against. Derived from the events alone.
CREATE TABLE known_community (
    code           varchar(12) PRIMARY KEY,
    township_code  varchar(9)  NOT NULL CHECK (code LIKE township_code || '%'),
    revision       integer     NOT NULL
);
CREATE INDEX known_community_township ON known_community (township_code);
