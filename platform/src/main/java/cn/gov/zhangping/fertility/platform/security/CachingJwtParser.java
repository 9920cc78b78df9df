package cn.gov.zhangping.fertility.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.crypto.SecretKey;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser Quarkus's JWT authentication uses ({@code MpJwtValidator} asks for a {@link JWTParser}):
 * SmallRye JWT's own parser, which checks the RS256 signature, issuer, audience and expiry, with the tokens it
 * accepted kept in a {@link VerifiedTokens} cache, so that a client sending the same token on every request costs
 * one signature check per token rather than one per request (5 to 16 % of family-support-service's CPU under load).
 * <p>
 * A kept token is answered until its {@code exp} or for at most {@code fertility.security.token-cache.max-age}
 * (default 60 s) after it was verified, whichever is first, so a verification key rotated out is trusted at most that
 * long after; the key is read from {@code mp.jwt.verify.publickey.location} when the service starts, and a restart
 * empties the cache. {@code fertility.security.token-cache.enabled=false} verifies every request as before.
 * Only {@link #parse(String)} (the authentication's call) is cached; the other methods go straight to SmallRye.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    @Inject
    DefaultJWTParser verifier;

    @ConfigProperty(name = "fertility.security.token-cache.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "fertility.security.token-cache.max-age", defaultValue = "60s")
    Duration maxAge;

    @ConfigProperty(name = "fertility.security.token-cache.max-entries", defaultValue = "10000")
    int maxEntries;

    private VerifiedTokens<JsonWebToken> verified;

    @PostConstruct
    void init() {
        verified = new VerifiedTokens<>(maxEntries, maxAge, Clock.systemUTC());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (!enabled) {
            return verifier.parse(token);
        }
        Optional<JsonWebToken> kept = verified.get(token);
        if (kept.isPresent()) {
            return kept.get();
        }
        JsonWebToken jwt = verifier.parse(token);
        if (jwt.getExpirationTime() > 0) {
            verified.put(token, jwt, Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
