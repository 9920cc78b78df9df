package cn.gov.zhangping.fertility.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens whose signature and claims were verified already, so that the same token presented again is not
 * verified again (an RS256 signature check on every request). Pure: the verification is the caller's.
 * <ul>
 * <li>Keyed by the SHA-256 of the whole token (header, claims and signature): a changed byte is another token,
 * verified in full; the tokens themselves are not kept as keys.</li>
 * <li>An entry lives until the token's {@code exp} or {@code maxAge} after its verification, whichever comes first:
 * a verification key that is rotated out (or a token revoked with it) is trusted at most {@code maxAge} longer.</li>
 * <li>Bounded: at {@code maxEntries} the expired entries are dropped, and if that frees nothing, all of them.</li>
 * <li>Only successes are kept; a token that failed is verified again each time it is presented.</li>
 * </ul>
 */
public final class VerifiedTokens<T> {

    private record Entry<T>(T token, Instant expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Duration maxAge;
    private final Clock clock;

    public VerifiedTokens(int maxEntries, Duration maxAge, Clock clock) {
        if (maxEntries < 1 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxEntries must be at least 1 and maxAge positive");
        }
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The verified token kept for {@code rawToken}, if it is kept and has not expired. */
    public Optional<T> get(String rawToken) {
        String key = key(rawToken);
        Entry<T> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.token());
    }

    /** Keeps {@code verified}, the outcome of verifying {@code rawToken}, which expires at {@code expiresAt}. */
    public void put(String rawToken, T verified, Instant expiresAt) {
        Instant now = clock.instant();
        Instant until = expiresAt.isBefore(now.plus(maxAge)) ? expiresAt : now.plus(maxAge);
        if (!now.isBefore(until)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key(rawToken), new Entry<>(verified, until));
    }

    /** How many entries are kept (expired ones included until they are next looked up or evicted). */
    public int size() {
        return entries.size();
    }

    static String key(String rawToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawToken.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
