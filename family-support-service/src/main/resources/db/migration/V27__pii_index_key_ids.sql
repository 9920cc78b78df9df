-- Lookup indexes of identity numbers name their key (issue 13, rotation of the index key): '<key id>:' then the hex
-- HMAC-SHA256 as before. Every index so far was computed with the single key of fertility.pii.index-key, whose key id
-- is "default". Key ids are at most 32 characters: the columns grow from 64 to 100.
ALTER TABLE birth_registration ALTER COLUMN mother_id_index TYPE varchar(100);
ALTER TABLE family ALTER COLUMN mother_id_index TYPE varchar(100), ALTER COLUMN father_id_index TYPE varchar(100);
ALTER TABLE family_child ALTER COLUMN id_number_index TYPE varchar(100);
ALTER TABLE household_member ALTER COLUMN id_number_index TYPE varchar(100);
ALTER TABLE nursing_leave_check ALTER COLUMN child_id_index TYPE varchar(100);

UPDATE birth_registration SET mother_id_index = 'default:' || mother_id_index;
UPDATE family SET mother_id_index = 'default:' || mother_id_index, father_id_index = 'default:' || father_id_index;
UPDATE family_child SET id_number_index = 'default:' || id_number_index WHERE id_number_index IS NOT NULL;
UPDATE household_member SET id_number_index = 'default:' || id_number_index;
UPDATE nursing_leave_check SET child_id_index = 'default:' || child_id_index;
