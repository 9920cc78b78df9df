-- Who did it: the token's name (upn, else sub) of the caller. An identity provider's subject is not bounded by
-- 200 characters (OIDC: up to 255 ASCII characters, upn longer), and a test token joins its roles into it, so the
-- columns are text; the request's header limit (16 KiB) bounds them. text and varchar share their storage, so this
-- rewrites no table.
ALTER TABLE policy_version ALTER COLUMN published_by TYPE text;
ALTER TABLE claim ALTER COLUMN submitted_by TYPE text;
ALTER TABLE claim ALTER COLUMN decided_by TYPE text;
ALTER TABLE payment ALTER COLUMN recorded_by TYPE text;
