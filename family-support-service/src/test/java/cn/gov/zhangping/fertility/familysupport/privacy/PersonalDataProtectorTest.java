package cn.gov.zhangping.fertility.familysupport.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonalDataProtectorTest {

    private PersonalDataProtector protector;

    @BeforeEach
    void setUp() {
        protector = new PersonalDataProtector();
        protector.encryptionKeyBase64 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        protector.indexKeyBase64 = "HxwdHhsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";
        protector.init();
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
        assertThat(protector.index("11010519491231002X")).isEqualTo(protector.index("11010519491231002X")).hasSize(64);
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
        PersonalDataProtector p = new PersonalDataProtector();
        p.encryptionKeyBase64 = "AAEC";
        p.indexKeyBase64 = protector.indexKeyBase64;
        assertThatThrownBy(p::init).hasMessageContaining("32 bytes");
    }
}
