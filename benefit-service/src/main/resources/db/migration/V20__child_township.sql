-- The township of the child's registration (from birth.registered.v1 / birth.registration-corrected.v1), for the
-- township scope of entitlements, claims and payments. Children recorded before this column existed have none until
-- their next event or a rebuild from the birth topic; only city-wide callers see their records meanwhile.
ALTER TABLE child ADD COLUMN township_code varchar(9);
CREATE INDEX child_township ON child (township_code);
