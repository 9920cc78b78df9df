package cn.gov.zhangping.fertility.platform.testkit;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;

import cn.gov.zhangping.fertility.local.DevTokens;

/** Bearer tokens signed with the test kit's key, which the test applications trust. */
public final class TestTokens {

    private TestTokens() {
    }

    /** {@code Bearer <jwt>} for a caller holding {@code roles}. */
    public static String bearer(String... roles) {
        PrivateKey key = (PrivateKey) SharedInfra.get().get("jwt.privateKey");
        return "Bearer " + new DevTokens(key, DevTokens.ISSUER)
                .token("test-" + String.join("-", roles), List.of(roles), Duration.ofHours(1));
    }

    /** A well-formed token signed by a key the applications do not trust. */
    public static String foreignBearer(String... roles) {
        return "Bearer " + new DevTokens(DevTokens.newKeyPair().getPrivate(), DevTokens.ISSUER)
                .token("intruder", List.of(roles), Duration.ofHours(1));
    }
}
