package cn.gov.zhangping.fertility.familysupport.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Protects identity numbers at rest: AES-256-GCM for the value (so an authorised role can read it back) and a
 * keyed HMAC-SHA256 index for exact-match lookups and uniqueness, so the clear value is never stored or compared.
 * Both keys are deployment secrets (base64 of 32 random bytes).
 */
@ApplicationScoped
public class PersonalDataProtector {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @ConfigProperty(name = "fertility.pii.encryption-key")
    String encryptionKeyBase64;

    @ConfigProperty(name = "fertility.pii.index-key")
    String indexKeyBase64;

    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec encryptionKey;
    private SecretKeySpec indexKey;

    @PostConstruct
    void init() {
        encryptionKey = new SecretKeySpec(key(encryptionKeyBase64, "fertility.pii.encryption-key"), "AES");
        indexKey = new SecretKeySpec(key(indexKeyBase64, "fertility.pii.index-key"), "HmacSHA256");
    }

    public byte[] encrypt(String clear) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
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
