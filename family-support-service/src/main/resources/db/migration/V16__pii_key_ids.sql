-- Identity-number ciphertexts name their key (issue 13, key rotation): a versioned prefix, byte 0x01, then the key
-- id's length and its ASCII bytes, then the AES-GCM nonce and ciphertext as before. Every row written so far was
-- encrypted with the single key of fertility.pii.encryption-key, whose key id is "default".
UPDATE birth_registration SET mother_id_cipher = '\x0107'::bytea || convert_to('default', 'UTF8') || mother_id_cipher;
UPDATE family SET mother_id_cipher = '\x0107'::bytea || convert_to('default', 'UTF8') || mother_id_cipher,
                  father_id_cipher = '\x0107'::bytea || convert_to('default', 'UTF8') || father_id_cipher;
UPDATE family_child SET id_number_cipher = '\x0107'::bytea || convert_to('default', 'UTF8') || id_number_cipher
    WHERE id_number_cipher IS NOT NULL;
UPDATE household_member SET id_number_cipher = '\x0107'::bytea || convert_to('default', 'UTF8') || id_number_cipher;
