package cn.gov.zhangping.fertility.platform.testkit;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;

import cn.gov.zhangping.fertility.local.DevTokens;

/** Bearer tokens of a named client (the token subject), signed like {@link TestTokens}' ones, e.g. for rate limits. */
public final class ClientTokens {

    private ClientTokens() {
    }

    /** {@code Bearer <jwt>} for the client {@code subject} holding {@code roles}. */
    public static String bearer(String subject, String... roles) {
        PrivateKey key = (PrivateKey) SharedInfra.get().get("jwt.privateKey");
        return "Bearer " + new DevTokens(key, DevTokens.ISSUER).token(subject, List.of(roles), Duration.ofHours(1));
    }
}
