-- Claims for the benefits a family applies for (trigger APPLICATION): the home purchase subsidy of three-child
-- families with its purchase contract, and the raised rent withdrawal limit of the housing provident fund
-- (漳政办规〔2023〕2号 二(四)12). A claim is SUBMITTED, then APPROVED or REJECTED (with the reason) by an officer of the
-- department that delivers the benefit (the catalogue's department). The version is the one in force on the claim's
-- date (the contract date; for rent, each month's last day) and amount_fen is what it gives, in fen: the subsidy
-- once, or the monthly limits of every month claimed. Not derived from events: never rebuilt.
CREATE TABLE claim (
    id                      uuid          PRIMARY KEY,
    policy_code             varchar(40)   NOT NULL CHECK (policy_code IN ('HOME_PURCHASE_SUBSIDY', 'HPF_RENT_WITHDRAWAL_LIMIT')),
    family_id               uuid          NOT NULL,
    registration_id         uuid          NOT NULL,
    status                  varchar(10)   NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
    claim_date              date          NOT NULL,
    version_number          integer       NOT NULL CHECK (version_number >= 1),
    amount_fen              bigint        NOT NULL CHECK (amount_fen >= 0),
    monthly_fen             bigint,
    months                  integer,
    contract_number         varchar(60),
    contract_date           date,
    new_commercial_housing  boolean,
    contract_amount_fen     bigint,
    rent_from               date,
    rent_to                 date,
    no_own_home             boolean,
    submitted_by            varchar(200)  NOT NULL,
    submitted_at            timestamptz   NOT NULL,
    decided_by              varchar(200),
    decided_at              timestamptz,
    rejection_reason        varchar(500),
    CONSTRAINT claim_decided CHECK ((status = 'SUBMITTED') = (decided_at IS NULL)),
    CONSTRAINT claim_rejected_with_reason CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);
CREATE INDEX claim_family ON claim (family_id);
-- one home purchase subsidy per family (一次性), and per purchase contract, while a claim for it stands
CREATE UNIQUE INDEX claim_home_once_per_family ON claim (family_id)
    WHERE policy_code = 'HOME_PURCHASE_SUBSIDY' AND status <> 'REJECTED';
CREATE UNIQUE INDEX claim_home_once_per_contract ON claim (contract_number)
    WHERE policy_code = 'HOME_PURCHASE_SUBSIDY' AND status <> 'REJECTED';
