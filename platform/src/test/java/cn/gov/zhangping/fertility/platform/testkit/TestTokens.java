package cn.gov.zhangping.fertility.platform.testkit;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;

import cn.gov.zhangping.fertility.local.DevTokens;

/**
 * Bearer tokens signed with the test kit's key, which the test applications trust. {@link #bearer} is city-wide
 * ({@code townships: ["*"]}); {@link #bearerIn} is limited to some townships.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** {@code Bearer <jwt>} for a city-wide caller holding {@code roles}. */
    public static String bearer(String... roles) {
        return "Bearer " + tokens().token(subject(roles), List.of(roles), Duration.ofHours(1));
    }

    /** {@code Bearer <jwt>} for a caller holding {@code roles} in {@code townships} only. */
    public static String bearerIn(List<String> townships, String... roles) {
        return "Bearer " + tokens().token(subject(roles), List.of(roles), townships, Duration.ofHours(1));
    }

    /** A token without the {@code townships} claim: no township scope at all. */
    public static String bearerWithoutTownships(String... roles) {
        return "Bearer " + tokens().token(subject(roles), List.of(roles), null, Duration.ofHours(1));
    }

    /** A token whose {@code townships} claim is the raw JSON given (a malformed one, for tests). */
    public static String bearerWithRawTownships(String townshipsJson, String... roles) {
        return "Bearer " + tokens().tokenWithRawTownships(subject(roles), List.of(roles), townshipsJson, Duration.ofHours(1));
    }

    /** A well-formed token signed by a key the applications do not trust. */
    public static String foreignBearer(String... roles) {
        return "Bearer " + new DevTokens(DevTokens.newKeyPair().getPrivate(), DevTokens.ISSUER)
                .token("intruder", List.of(roles), Duration.ofHours(1));
    }

    private static DevTokens tokens() {
        return new DevTokens((PrivateKey) SharedInfra.get().get("jwt.privateKey"), DevTokens.ISSUER);
    }

    private static String subject(String... roles) {
        return "test-" + String.join("-", roles);
    }
}
