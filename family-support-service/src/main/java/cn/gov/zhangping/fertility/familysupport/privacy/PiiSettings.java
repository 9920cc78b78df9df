package cn.gov.zhangping.fertility.familysupport.privacy;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The identity-number keys ({@code fertility.pii.*}). Encryption keys are named by a key id: {@code keys.<kid>}
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

    /** The HMAC-SHA256 key of the lookup index (base64 of 32 random bytes). */
    String indexKey();

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
