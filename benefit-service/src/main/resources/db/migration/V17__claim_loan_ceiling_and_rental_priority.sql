-- Claims for two more benefits a family applies for (漳政办规〔2023〕2号 二(四)12): the raised housing provident fund
-- loan ceiling for the first self-occupied home (HPF_LOAN_CEILING_INCREASE: +150,000 / +250,000 yuan for two- / three-
-- child families; approved by the housing fund) and priority for public rental housing (PUBLIC_RENTAL_PRIORITY:
-- three-child and special families; approved by housing). Their date is the application's (application_date, which
-- selects the version); the loan claim says the home is the family's first self-occupied one. amount_fen is what the
-- claim gives: the ceiling increase (a loan limit, not money paid), 0 for a priority. Each stands once per family.
ALTER TABLE claim DROP CONSTRAINT claim_policy_code_check;
ALTER TABLE claim ADD CONSTRAINT claim_policy_code_check CHECK (policy_code IN ('HOME_PURCHASE_SUBSIDY',
    'HPF_RENT_WITHDRAWAL_LIMIT', 'HPF_LOAN_CEILING_INCREASE', 'PUBLIC_RENTAL_PRIORITY'));
ALTER TABLE claim ADD COLUMN application_date date;
ALTER TABLE claim ADD COLUMN first_self_occupied_home boolean;
CREATE UNIQUE INDEX claim_loan_ceiling_once_per_family ON claim (family_id)
    WHERE policy_code = 'HPF_LOAN_CEILING_INCREASE' AND status <> 'REJECTED';
CREATE UNIQUE INDEX claim_rental_priority_once_per_family ON claim (family_id)
    WHERE policy_code = 'PUBLIC_RENTAL_PRIORITY' AND status <> 'REJECTED';
