package cn.gov.zhangping.fertility.familysupport.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Protects identity numbers at rest: AES-256-GCM for the value (so an authorised role can read it back) and a
 * keyed HMAC-SHA256 index for exact-match lookups and uniqueness, so the clear value is never stored or compared.
 * All keys are deployment secrets (base64 of 32 random bytes).
 * <p>
 * A stored value names the key that sealed it: {@code 0x01 | length of the key id | key id (ASCII) | nonce (12) |
 * ciphertext and tag}. Values are decrypted with the key they name and encrypted with the current key, so keys can be
 * rotated while the service runs ({@link KeyRotation}). An index names its key the same way ({@code <key id>:<hex>});
 * new indexes use the current index key, lookups compare with the index under every configured index key
 * ({@link #indexes}) until the rotation has recomputed every stored index with the current one.
 */
@ApplicationScoped
public class PersonalDataProtector {

    /** The key id of {@code fertility.pii.encryption-key}, the single key of deployments from before rotation. */
    public static final String LEGACY_KEY_ID = "default";
    static final String INDEX_SEPARATOR = ":";
    static final byte FORMAT = 1;
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    PiiSettings settings;

    private final SecureRandom random = new SecureRandom();
    private Map<String, SecretKeySpec> encryptionKeys;
    private String currentKeyId;
    private Map<String, SecretKeySpec> indexKeys;
    private String currentIndexKeyId;

    @PostConstruct
    void init() {
        configure(settings.encryptionKey(), settings.keys(), settings.currentKeyId(), settings.indexKey(),
                settings.indexKeys(), settings.currentIndexKeyId());
    }

    /** A protector with these keys and one index key ("default"), outside CDI (unit tests). */
    public static PersonalDataProtector of(Optional<String> legacyKey, Map<String, String> keys, String currentKeyId,
                                           String indexKey) {
        PersonalDataProtector p = new PersonalDataProtector();
        p.configure(legacyKey, keys, currentKeyId, Optional.of(indexKey), Map.of(), LEGACY_KEY_ID);
        return p;
    }

    /** A protector with these encryption and index keys, outside CDI (unit tests). */
    public static PersonalDataProtector of(Optional<String> legacyKey, Map<String, String> keys, String currentKeyId,
                                           Optional<String> legacyIndexKey, Map<String, String> indexKeys,
                                           String currentIndexKeyId) {
        PersonalDataProtector p = new PersonalDataProtector();
        p.configure(legacyKey, keys, currentKeyId, legacyIndexKey, indexKeys, currentIndexKeyId);
        return p;
    }

    void configure(Optional<String> legacyKey, Map<String, String> keys, String current, Optional<String> legacyIndexKey,
                   Map<String, String> indexKeysById, String currentIndex) {
        encryptionKeys = keyring("keys", "encryption-key", "current-key-id", legacyKey, keys, current, "AES");
        currentKeyId = current;
        indexKeys = keyring("index-keys", "index-key", "current-index-key-id", legacyIndexKey, indexKeysById, currentIndex,
                "HmacSHA256");
        currentIndexKeyId = currentIndex;
    }

    /** The keys of one kind by id: the legacy single key as "default", then the named ones; the current must be one. */
    private static Map<String, SecretKeySpec> keyring(String map, String legacy, String currentName,
                                                      Optional<String> legacyKey, Map<String, String> keys,
                                                      String current, String algorithm) {
        Map<String, SecretKeySpec> byId = new LinkedHashMap<>();
        legacyKey.ifPresent(k -> byId.put(LEGACY_KEY_ID, new SecretKeySpec(key(k, "fertility.pii." + legacy), algorithm)));
        keys.forEach((id, k) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException("fertility.pii." + map + ": a key id is lower-case letters, digits, '-' "
                        + "and '_' (at most 32)");
            }
            if (byId.containsKey(id)) {
                throw new IllegalStateException("fertility.pii." + map + "." + id + " is given twice (fertility.pii."
                        + legacy + " is the key with id " + LEGACY_KEY_ID + ")");
            }
            byId.put(id, new SecretKeySpec(key(k, "fertility.pii." + map + "." + id), algorithm));
        });
        if (!byId.containsKey(current)) {
            throw new IllegalStateException("fertility.pii." + currentName + " names no configured key (fertility.pii."
                    + map + ".<id>, or fertility.pii." + legacy + " for id " + LEGACY_KEY_ID + ")");
        }
        return Map.copyOf(byId);
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** Encrypts with the current key. */
    public byte[] encrypt(String clear) {
        return encrypt(currentKeyId, clear);
    }

    byte[] encrypt(String keyId, String clear) {
        try {
            byte[] header = header(keyId);
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keyOf(keyId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(header.length + iv.length + sealed.length).put(header).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Decrypts with the key the stored value names. */
    public String decrypt(byte[] stored) {
        String keyId = keyId(stored);
        int offset = 2 + keyId.length();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keyOf(keyId), new GCMParameterSpec(TAG_BITS, stored, offset, IV_BYTES));
            return new String(cipher.doFinal(stored, offset + IV_BYTES, stored.length - offset - IV_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    /** The id of the key a stored value was encrypted with. */
    public String keyId(byte[] stored) {
        int length = stored.length < 2 ? 0 : stored[1];
        if (stored.length < 2 || stored[0] != FORMAT || length < 1 || stored.length < 2 + length + IV_BYTES) {
            throw new IllegalStateException("not a protected value of format " + FORMAT);
        }
        return new String(stored, 2, length, StandardCharsets.US_ASCII);
    }

    /** The prefix every value encrypted with this key starts with. */
    public static byte[] header(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + id.length).put(FORMAT).put((byte) id.length).put(id).array();
    }

    public String currentIndexKeyId() {
        return currentIndexKeyId;
    }

    /** The lookup index of a value under the current index key: the key id, ':', the hex HMAC-SHA256. */
    public String index(String clear) {
        return index(currentIndexKeyId, clear);
    }

    /**
     * The lookup indexes of a value under every configured index key, the current one first: what a stored index is
     * compared with while an index-key rotation is under way (a stored index names its key, so at most one matches).
     */
    public List<String> indexes(String clear) {
        List<String> all = new ArrayList<>();
        all.add(index(clear));
        indexKeys.keySet().stream().filter(id -> !id.equals(currentIndexKeyId)).sorted()
                .forEach(id -> all.add(index(id, clear)));
        return List.copyOf(all);
    }

    /** Whether a stored index is the index of {@code clear} under any configured index key. */
    public boolean matches(String clear, String storedIndex) {
        return storedIndex != null && indexes(clear).contains(storedIndex);
    }

    /** The prefix of every index computed with this index key. */
    public static String indexPrefix(String keyId) {
        return keyId + INDEX_SEPARATOR;
    }

    String index(String keyId, String clear) {
        SecretKeySpec key = indexKeys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no index key with id " + keyId + " is configured (fertility.pii.index-keys."
                    + keyId + ")");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return indexPrefix(keyId) + HexFormat.of().formatHex(mac.doFinal(clear.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("index failed", e);
        }
    }

    private SecretKeySpec keyOf(String keyId) {
        SecretKeySpec key = encryptionKeys.get(keyId);
        if (key == null) {
            // the id comes from a stored value: name it, it is not secret
            throw new IllegalStateException("no key with id " + keyId + " is configured (fertility.pii.keys." + keyId + ")");
        }
        return key;
    }

    private static byte[] key(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (base64 of 32 random bytes)");
        }
        return key;
    }
}
