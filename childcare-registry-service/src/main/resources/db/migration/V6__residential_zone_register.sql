-- The residential zone register (住宅区, task 9): the administrator gives each zone a stable code under its township
-- and community, its kind (新建 NEW / 已建成 BUILT) and residents; institutions refer to a zone of the register by
-- its id. Nothing wrote the table before this version (no API did), so the new columns need no default.
ALTER TABLE residential_zone ADD COLUMN code varchar(13) NOT NULL UNIQUE CHECK (code ~ '^[0-9]{9}Z[0-9]{3}$');
ALTER TABLE residential_zone ADD CONSTRAINT residential_zone_code_in_township CHECK (code LIKE township_code || 'Z%');
ALTER TABLE residential_zone ALTER COLUMN community_code SET NOT NULL;
ALTER TABLE residential_zone ADD CONSTRAINT residential_zone_community_in_township CHECK (community_code LIKE township_code || '%');
ALTER TABLE residential_zone ADD COLUMN revision integer NOT NULL CHECK (revision >= 1);
ALTER TABLE residential_zone ADD COLUMN changed_at timestamptz NOT NULL;
CREATE INDEX residential_zone_township ON residential_zone (township_code, code);
CREATE INDEX childcare_institution_zone ON childcare_institution (zone_id) WHERE zone_id IS NOT NULL;
