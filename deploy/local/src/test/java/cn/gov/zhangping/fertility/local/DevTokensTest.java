package cn.gov.zhangping.fertility.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The claims of development tokens: audience, roles and the townships claim (city-wide unless limited). */
class DevTokensTest {

    private static final DevTokens TOKENS = new DevTokens(DevTokens.newKeyPair().getPrivate(), DevTokens.ISSUER);

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void aTokenIsCityWideByDefaultAndCarriesTheAudience() {
        String claims = claims(TOKENS.token("alice", List.of("reader"), Duration.ofMinutes(5)));
        assertTrue(claims.contains("\"aud\":\"zhangping-fertility\""), claims);
        assertTrue(claims.contains("\"groups\":[\"reader\"]"), claims);
        assertTrue(claims.contains("\"townships\":[\"*\"]"), claims);
    }

    @Test
    void townshipsLimitTheTokenAndNullLeavesTheClaimOut() {
        String limited = claims(TOKENS.token("bob", List.of("registrar"), List.of("350881001", "350881106"), Duration.ofMinutes(5)));
        assertTrue(limited.contains("\"townships\":[\"350881001\",\"350881106\"]"), limited);
        String none = claims(TOKENS.token("carol", List.of("reader"), null, Duration.ofMinutes(5)));
        assertFalse(none.contains("townships"), none);
        assertEquals(3, TOKENS.token("dave", List.of("reader"), Duration.ofMinutes(5)).split("\\.").length);
    }
}
