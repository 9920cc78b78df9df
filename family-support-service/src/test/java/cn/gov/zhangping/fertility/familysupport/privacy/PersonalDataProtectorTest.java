package cn.gov.zhangping.fertility.familysupport.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonalDataProtectorTest {

    static final String LEGACY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String OTHER = "ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM=";
    static final String INDEX = "HxwdHhsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";

    private PersonalDataProtector protector;

    @BeforeEach
    void setUp() {
        protector = PersonalDataProtector.of(Optional.of(LEGACY), Map.of(), "default", INDEX);
    }

    @Test
    void encryptsWithAFreshNonceAndDecryptsBack() {
        byte[] a = protector.encrypt("11010519491231002X");
        byte[] b = protector.encrypt("11010519491231002X");
        assertThat(a).isNotEqualTo(b);
        assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("11010519491231002X");
        assertThat(protector.decrypt(a)).isEqualTo("11010519491231002X");
    }

    @Test
    void indexIsStableAndKeyed() {
        assertThat(protector.index("11010519491231002X")).isEqualTo(protector.index("11010519491231002X"))
                .startsWith("default:").hasSize("default:".length() + 64);
        assertThat(protector.index("11010519491231002X")).isNotEqualTo(protector.index("110105194912310021"));
    }

    @Test
    void tamperedCipherTextIsRefused() {
        byte[] sealed = protector.encrypt("11010519491231002X");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> protector.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesKeysOfTheWrongLength() {
        assertThatThrownBy(() -> PersonalDataProtector.of(Optional.of("AAEC"), Map.of(), "default", INDEX))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> PersonalDataProtector.of(Optional.of(LEGACY), Map.of("k2", "AAEC"), "default", INDEX))
                .hasMessageContaining("fertility.pii.keys.k2 must be 32 bytes");
    }

    @Test
    void aValueNamesItsKeyAndIsReadWithItAfterTheCurrentKeyChanged() {
        byte[] old = protector.encrypt("11010519491231002X");
        assertThat(protector.keyId(old)).isEqualTo("default");
        assertThat(old).startsWith(PersonalDataProtector.header("default"));

        PersonalDataProtector rotated = PersonalDataProtector.of(Optional.of(LEGACY), Map.of("k2", OTHER), "k2", INDEX);
        byte[] fresh = rotated.encrypt("11010519491231002X");
        assertThat(rotated.keyId(fresh)).isEqualTo("k2");
        assertThat(rotated.decrypt(old)).isEqualTo("11010519491231002X");
        assertThat(rotated.decrypt(fresh)).isEqualTo("11010519491231002X");
        // the index key did not change, so lookups still match
        assertThat(rotated.index("11010519491231002X")).isEqualTo(protector.index("11010519491231002X"));
        // without the new key, a value sealed with it is refused, naming the key id only
        assertThatThrownBy(() -> protector.decrypt(fresh)).hasMessage("no key with id k2 is configured (fertility.pii.keys.k2)");
    }

    @Test
    void anIndexNamesItsKeyAndLookupsTryEveryIndexKeyUntilTheRotationIsDone() {
        String old = protector.index("11010519491231002X");
        PersonalDataProtector rotated = PersonalDataProtector.of(Optional.of(LEGACY), Map.of(), "default",
                Optional.of(INDEX), Map.of("i2", OTHER), "i2");
        String fresh = rotated.index("11010519491231002X");
        assertThat(fresh).startsWith("i2:").isNotEqualTo(old);
        assertThat(fresh.substring(3)).isNotEqualTo(old.substring("default:".length()));
        assertThat(rotated.indexes("11010519491231002X")).containsExactly(fresh, old);
        assertThat(rotated.matches("11010519491231002X", old)).isTrue();
        assertThat(rotated.matches("11010519491231002X", fresh)).isTrue();
        assertThat(rotated.matches("110105194912310021", old)).isFalse();
        assertThat(rotated.matches("11010519491231002X", null)).isFalse();
        // once the old index key is removed, only the current index matches
        PersonalDataProtector after = PersonalDataProtector.of(Optional.of(LEGACY), Map.of(), "default",
                Optional.empty(), Map.of("i2", OTHER), "i2");
        assertThat(after.indexes("11010519491231002X")).containsExactly(fresh);
        assertThatThrownBy(() -> PersonalDataProtector.of(Optional.of(LEGACY), Map.of(), "default", Optional.of(INDEX),
                Map.of(), "i9")).hasMessageContaining("current-index-key-id names no configured key");
        assertThatThrownBy(() -> PersonalDataProtector.of(Optional.of(LEGACY), Map.of(), "default", Optional.of(INDEX),
                Map.of("i2", "AAEC"), "i2")).hasMessageContaining("fertility.pii.index-keys.i2 must be 32 bytes");
    }

    @Test
    void keyIdsAreCheckedAtStartUp() {
        assertThatThrownBy(() -> PersonalDataProtector.of(Optional.of(LEGACY), Map.of(), "k9", INDEX))
                .hasMessageContaining("current-key-id names no configured key");
        assertThatThrownBy(() -> PersonalDataProtector.of(Optional.empty(), Map.of("Bad Id", OTHER), "Bad Id", INDEX))
                .hasMessageContaining("a key id is lower-case");
        assertThatThrownBy(() -> PersonalDataProtector.of(Optional.of(LEGACY), Map.of("default", OTHER), "default", INDEX))
                .hasMessageContaining("given twice");
        assertThatThrownBy(() -> protector.decrypt(new byte[] {9, 1, 2, 3})).hasMessageContaining("not a protected value");
    }

    @Test
    void keysCanBeGivenAsEnvironmentVariables() {
        PiiSettings settings = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of("FERTILITY_PII_ENCRYPTION_KEY", LEGACY, "FERTILITY_PII_KEYS_K2027", OTHER,
                        "FERTILITY_PII_CURRENT_KEY_ID", "k2027", "FERTILITY_PII_INDEX_KEY", INDEX,
                        "FERTILITY_PII_INDEX_KEYS_I2027", OTHER, "FERTILITY_PII_CURRENT_INDEX_KEY_ID", "i2027"), 300))
                .withMapping(PiiSettings.class).build().getConfigMapping(PiiSettings.class);
        assertThat(settings.keys()).containsOnlyKeys("k2027");
        assertThat(settings.currentKeyId()).isEqualTo("k2027");
        assertThat(settings.rotation().batchSize()).isEqualTo(200);
        assertThat(settings.indexKeys()).containsOnlyKeys("i2027");
        PersonalDataProtector p = PersonalDataProtector.of(settings.encryptionKey(), settings.keys(), settings.currentKeyId(),
                settings.indexKey(), settings.indexKeys(), settings.currentIndexKeyId());
        assertThat(p.keyId(p.encrypt("11010519491231002X"))).isEqualTo("k2027");
        assertThat(p.index("11010519491231002X")).startsWith("i2027:");
        assertThat(p.decrypt(protector.encrypt("11010519491231002X"))).isEqualTo("11010519491231002X");
    }
}
