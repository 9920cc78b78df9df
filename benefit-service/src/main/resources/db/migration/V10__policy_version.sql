-- Versions of the benefit policies published through the API (POST /api/v1/policies/{code}/versions). The
-- catalogue and its first versions come with the service (policies/catalogue.json); a version here continues a
-- policy's numbering after them. Versions of one policy never overlap (checked when one is published, one publisher
-- of a policy at a time); a published version is never edited or deleted. A version that reaches back into the one in
-- force on its first day (and covers the rest of its period) names it in supersedes: that one ends the day before.
CREATE TABLE policy_version (
    id               uuid          PRIMARY KEY,
    policy_code      varchar(40)   NOT NULL,
    number           integer       NOT NULL CHECK (number >= 1),
    effective_from   date          NOT NULL,
    effective_to     date,
    age_from_months  integer       CHECK (age_from_months >= 0),
    age_to_months    integer,
    female_only      boolean       NOT NULL,
    source           varchar(500)  NOT NULL,
    supersedes       integer       CHECK (supersedes >= 1),
    published_at     timestamptz   NOT NULL,
    published_by     varchar(200)  NOT NULL,
    CONSTRAINT policy_version_number UNIQUE (policy_code, number),
    CONSTRAINT policy_version_period CHECK (effective_to IS NULL OR effective_to >= effective_from),
    CONSTRAINT policy_version_ages CHECK (age_to_months IS NULL OR age_from_months IS NULL OR age_to_months > age_from_months)
);

-- The lines of a version's terms, in the order given; amounts in fen.
CREATE TABLE policy_version_tier (
    version_id       uuid          NOT NULL REFERENCES policy_version (id),
    position         integer       NOT NULL,
    min_birth_order  integer,
    special_family   boolean,
    amount_fen       bigint,
    quantity         integer,
    percent          numeric(5,2),
    PRIMARY KEY (version_id, position)
);
