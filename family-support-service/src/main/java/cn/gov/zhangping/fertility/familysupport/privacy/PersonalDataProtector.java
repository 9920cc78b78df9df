package cn.gov.zhangping.fertility.familysupport.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
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
 * rotated while the service runs ({@link KeyRotation}). The index key is not rotated that way: see the README.
 */
@ApplicationScoped
public class PersonalDataProtector {

    /** The key id of {@code fertility.pii.encryption-key}, the single key of deployments from before rotation. */
    public static final String LEGACY_KEY_ID = "default";
    static final byte FORMAT = 1;
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    PiiSettings settings;

    private final SecureRandom random = new SecureRandom();
    private Map<String, SecretKeySpec> encryptionKeys;
    private String currentKeyId;
    private SecretKeySpec indexKey;

    @PostConstruct
    void init() {
        configure(settings.encryptionKey(), settings.keys(), settings.currentKeyId(), settings.indexKey());
    }

    /** A protector with these keys, outside CDI (unit tests). */
    public static PersonalDataProtector of(Optional<String> legacyKey, Map<String, String> keys, String currentKeyId,
                                           String indexKey) {
        PersonalDataProtector p = new PersonalDataProtector();
        p.configure(legacyKey, keys, currentKeyId, indexKey);
        return p;
    }

    void configure(Optional<String> legacyKey, Map<String, String> keys, String current, String indexKeyBase64) {
        Map<String, SecretKeySpec> byId = new LinkedHashMap<>();
        legacyKey.ifPresent(k -> byId.put(LEGACY_KEY_ID, new SecretKeySpec(key(k, "fertility.pii.encryption-key"), "AES")));
        keys.forEach((id, k) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException("fertility.pii.keys: a key id is lower-case letters, digits, '-' and '_' "
                        + "(at most 32)");
            }
            if (byId.containsKey(id)) {
                throw new IllegalStateException("fertility.pii.keys." + id + " is given twice (fertility.pii.encryption-key "
                        + "is the key with id " + LEGACY_KEY_ID + ")");
            }
            byId.put(id, new SecretKeySpec(key(k, "fertility.pii.keys." + id), "AES"));
        });
        if (!byId.containsKey(current)) {
            throw new IllegalStateException("fertility.pii.current-key-id names no configured key (fertility.pii.keys.<id>, "
                    + "or fertility.pii.encryption-key for id " + LEGACY_KEY_ID + ")");
        }
        encryptionKeys = Map.copyOf(byId);
        currentKeyId = current;
        indexKey = new SecretKeySpec(key(indexKeyBase64, "fertility.pii.index-key"), "HmacSHA256");
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

    /** The lookup index of a value: hex HMAC-SHA256 under the index key. */
    public String index(String clear) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(clear.getBytes(StandardCharsets.UTF_8)));
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
