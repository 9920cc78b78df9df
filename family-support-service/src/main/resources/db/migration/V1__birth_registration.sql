CREATE TABLE birth_registration (
    id                uuid PRIMARY KEY,
    mother_id_cipher  bytea        NOT NULL,
    mother_id_index   varchar(64)  NOT NULL,
    mother_id_masked  varchar(18)  NOT NULL,
    child_name        varchar(50)  NOT NULL,
    sex               varchar(6)   NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    birth_date        date         NOT NULL,
    birth_order       integer      NOT NULL CHECK (birth_order BETWEEN 1 AND 20),
    township_code     varchar(9)   NOT NULL,
    community_code    varchar(12)  NOT NULL,
    hospital          varchar(100) NOT NULL,
    special_family    boolean      NOT NULL,
    rural             boolean      NOT NULL,
    registered_at     timestamptz  NOT NULL,
    registered_by     varchar(200) NOT NULL,
    CONSTRAINT birth_registration_same_birth UNIQUE (mother_id_index, birth_date, child_name)
);
CREATE INDEX birth_registration_township ON birth_registration (township_code, registered_at DESC);
CREATE INDEX birth_registration_registered ON birth_registration (registered_at DESC, id);
