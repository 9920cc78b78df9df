-- While a birth registration is under review (its latest event carries reviewPending: true), the
-- entitlements that depend on its doubtful facts (birth order, special family: the rules with min_birth_order or
-- special_family_only) are HELD, with the reason in their history; they are RELEASED (ELIGIBLE again) when a later
-- revision arrives without it (a reviewer's confirmation or correction).
ALTER TABLE entitlement DROP CONSTRAINT entitlement_status_check;
ALTER TABLE entitlement ADD CONSTRAINT entitlement_status_check CHECK (status IN ('ELIGIBLE', 'HELD', 'WITHDRAWN'));
ALTER TABLE entitlement_change DROP CONSTRAINT entitlement_change_change_type_check;
ALTER TABLE entitlement_change ADD CONSTRAINT entitlement_change_change_type_check
    CHECK (change_type IN ('GRANTED', 'CHANGED', 'WITHDRAWN', 'HELD', 'RELEASED'));
ALTER TABLE entitlement_change DROP CONSTRAINT entitlement_change_reason_check;
ALTER TABLE entitlement_change ADD CONSTRAINT entitlement_change_reason_check
    CHECK (reason IN ('BIRTH_REGISTERED', 'REGISTRATION_CORRECTED', 'REGISTRATION_CANCELLED', 'REGISTRATION_REVIEWED'));
