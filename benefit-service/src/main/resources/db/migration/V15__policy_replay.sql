-- Replays of published policy versions. Publishing a version (POST /api/v1/policies/{code}/versions) whose first day
-- has passed re-determines the stored entitlements of the policy (cause POLICY_REPLAYED) and records here what the
-- version changes in money: per family (and child or claim) what was paid (the recorded payments, never rewritten)
-- and what is owed under the catalogue with the new version, in fen; the difference is arrears (owed > paid) or an
-- overpayment (paid > owed). One replay per published version; the window is the part of its period that had begun
-- (null when it begins in the future: nothing to replay). Totals per payer split each line's difference by the
-- policy's cost split, as a payment of it would be. Records of their own: never rebuilt.
CREATE TABLE policy_replay (
    id                     uuid          PRIMARY KEY,
    policy_code            varchar(40)   NOT NULL,
    version_number         integer       NOT NULL CHECK (version_number >= 1),
    window_from            date,
    window_to              date,
    entitlements_changed   integer       NOT NULL CHECK (entitlements_changed >= 0),
    families               integer       NOT NULL CHECK (families >= 0),
    paid_fen               bigint        NOT NULL,
    owed_fen               bigint        NOT NULL,
    arrears_fen            bigint        NOT NULL CHECK (arrears_fen >= 0),
    overpayment_fen        bigint        NOT NULL CHECK (overpayment_fen >= 0),
    replayed_at            timestamptz   NOT NULL,
    CONSTRAINT policy_replay_once UNIQUE (policy_code, version_number),
    CONSTRAINT policy_replay_window CHECK ((window_from IS NULL) = (window_to IS NULL))
);

CREATE TABLE policy_replay_line (
    id               uuid     PRIMARY KEY,
    replay_id        uuid     NOT NULL REFERENCES policy_replay (id),
    position         integer  NOT NULL,
    family_id        uuid,
    registration_id  uuid,
    claim_id         uuid,
    paid_fen         bigint   NOT NULL CHECK (paid_fen >= 0),
    owed_fen         bigint   NOT NULL CHECK (owed_fen >= 0),
    CONSTRAINT policy_replay_line_position UNIQUE (replay_id, position)
);

CREATE TABLE policy_replay_payer (
    replay_id        uuid         NOT NULL REFERENCES policy_replay (id),
    payer            varchar(40)  NOT NULL,
    arrears_fen      bigint       NOT NULL,
    overpayment_fen  bigint       NOT NULL,
    PRIMARY KEY (replay_id, payer)
);
