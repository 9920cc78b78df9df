package cn.gov.zhangping.fertility.familysupport.privacy;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The identity-number keys ({@code fertility.pii.*}). The keys of the lookup index (HMAC) are named the same way:
 * {@code index-keys.<kid>}, {@code current-index-key-id}, and {@code index-key} is the index key with id {@value
 * PersonalDataProtector#LEGACY_KEY_ID}. Encryption keys are named by a key id: {@code keys.<kid>}
 * (base64 of 32 random bytes each), and {@code current-key-id} names the one new values are encrypted with. The
 * single {@code encryption-key} of deployments from before key rotation is the key with id {@value
 * PersonalDataProtector#LEGACY_KEY_ID}, so their configuration stays valid.
 */
@ConfigMapping(prefix = "fertility.pii")
public interface PiiSettings {

    /** The key with id "default" (the one key of deployments from before rotation). */
    Optional<String> encryptionKey();

    /** Further encryption keys by key id (lower-case letters, digits, '-' and '_', at most 32). */
    Map<String, String> keys();

    /** The key id new values are encrypted with; the rotation re-encrypts every other value with it. */
    @WithDefault(PersonalDataProtector.LEGACY_KEY_ID)
    String currentKeyId();

    /** The HMAC-SHA256 key of the lookup index with id "default" (base64 of 32 random bytes). */
    Optional<String> indexKey();

    /** Further index keys by key id (same form as {@link #keys()}). */
    Map<String, String> indexKeys();

    /**
     * The index key id new indexes are computed with; the rotation recomputes every other index with it, and lookups
     * try every configured index key until then.
     */
    @WithDefault(PersonalDataProtector.LEGACY_KEY_ID)
    String currentIndexKeyId();

    Rotation rotation();

    interface Rotation {
        /** Values re-encrypted per transaction (per table and column). */
        @WithDefault("200")
        int batchSize();

        /** How often the rotation looks for values under an older key (a Quarkus scheduler interval). */
        @WithDefault("30s")
        String every();
    }
}
