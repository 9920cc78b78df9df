-- Who did it: the token's name (upn, else sub) of the caller. An identity provider's subject is not bounded by
-- 200 characters (OIDC: up to 255 ASCII characters, upn longer), and a test token joins its roles into it, so the
-- columns are text; the request's header limit (16 KiB) bounds them. text and varchar share their storage, so this
-- rewrites no table.
ALTER TABLE birth_registration ALTER COLUMN registered_by TYPE text;
ALTER TABLE birth_registration_revision ALTER COLUMN recorded_by TYPE text;
ALTER TABLE family_child ALTER COLUMN declared_by TYPE text;
ALTER TABLE sub_matter ALTER COLUMN updated_by TYPE text;
ALTER TABLE household ALTER COLUMN created_by TYPE text;
ALTER TABLE household_evidence ALTER COLUMN recorded_by TYPE text;
ALTER TABLE household_status_change ALTER COLUMN recorded_by TYPE text;
ALTER TABLE assistance_amount ALTER COLUMN set_by TYPE text;
ALTER TABLE household_review ALTER COLUMN run_by TYPE text;
ALTER TABLE household_review ALTER COLUMN confirmed_by TYPE text;
ALTER TABLE household_review_line ALTER COLUMN verified_by TYPE text;
ALTER TABLE insurance_enrolment ALTER COLUMN recorded_by TYPE text;
ALTER TABLE household_care ALTER COLUMN updated_by TYPE text;
ALTER TABLE household_care_visit ALTER COLUMN recorded_by TYPE text;
ALTER TABLE household_census_check ALTER COLUMN checked_by TYPE text;
ALTER TABLE nursing_leave_check ALTER COLUMN checked_by TYPE text;
