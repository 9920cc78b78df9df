package cn.gov.zhangping.fertility.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    record Before(String name, LocalDate born, int order) {
    }

    /** The same request after a release that added an optional field and reordered the others. */
    record After(LocalDate born, String nickname, int order, String name) {
    }

    @Test
    void anAddedOptionalFieldThatIsAbsentKeepsTheFingerprint() {
        String before = IdempotencyKeys.fingerprint(new Before("陈安宁", LocalDate.of(2026, 11, 20), 2));
        String after = IdempotencyKeys.fingerprint(new After(LocalDate.of(2026, 11, 20), null, 2, "陈安宁"));
        assertThat(after).isEqualTo(before).isEqualTo("{\"born\":\"2026-11-20\",\"name\":\"陈安宁\",\"order\":2}");
    }

    @Test
    void anyDifferentValueChangesIt() {
        String before = IdempotencyKeys.fingerprint(new Before("陈安宁", LocalDate.of(2026, 11, 20), 2));
        assertThat(IdempotencyKeys.fingerprint(new Before("陈安宁", LocalDate.of(2026, 11, 20), 3))).isNotEqualTo(before);
        assertThat(IdempotencyKeys.fingerprint(new After(LocalDate.of(2026, 11, 20), "宁宁", 2, "陈安宁"))).isNotEqualTo(before);
    }

    @Test
    void mapsAreWrittenInKeyOrder() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("b", 1);
        a.put("a", Map.of("y", 1, "x", 2));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("a", Map.of("x", 2, "y", 1));
        b.put("b", 1);
        assertThat(IdempotencyKeys.fingerprint(a)).isEqualTo(IdempotencyKeys.fingerprint(b));
    }
}
