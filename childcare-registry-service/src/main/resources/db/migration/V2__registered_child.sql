-- One row per registered child (from birth.registered.v1): the under-3 demand for childcare slots by township and
-- community (漳政办规〔2023〕2号 二(三)9, indicator 12). No names or identity numbers: the registration id is opaque.
CREATE TABLE registered_child (
    registration_id  uuid        PRIMARY KEY,
    township_code    varchar(9)  NOT NULL,
    community_code   varchar(12) NOT NULL CHECK (community_code LIKE township_code || '%'),
    birth_date       date        NOT NULL
);
CREATE INDEX registered_child_township_birth ON registered_child (township_code, birth_date);
