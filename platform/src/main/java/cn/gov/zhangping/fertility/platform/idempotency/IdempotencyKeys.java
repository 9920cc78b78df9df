package cn.gov.zhangping.fertility.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import cn.gov.zhangping.fertility.platform.problem.DomainException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * {@code Idempotency-Key} support for writes a caller may retry. A key is scoped to the caller and the operation
 * and remembers a fingerprint of the request and the id of what it created: the same key with the same request
 * answers with the original resource; the same key with a different request is a 422 problem.
 * <p>
 * The fingerprint is the request's canonical JSON ({@link #fingerprint(Object)}), so that a retry still matches
 * after a release that added an optional field the caller does not send.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on a 201 that answers a repeated request with what the first one created. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;

    /** Sorted keys, no nulls, ISO dates: the same request always writes the same text. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // a record's properties are all creator properties, which would otherwise keep declaration order
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    @Inject
    EntityManager em;

    /**
     * The 201 answer of a write that may have been a repeat: {@code Location} and body of the resource, and
     * {@value #REPLAYED_HEADER}{@code : true} when the resource was created by an earlier request.
     */
    public static Response.ResponseBuilder created(URI location, Object body, boolean createdNow) {
        Response.ResponseBuilder response = Response.created(location).entity(body);
        return createdNow ? response : response.header(REPLAYED_HEADER, "true");
    }

    /** The resource created earlier under this key, if any. Call inside the write's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> find(String caller, String operation, String key, String requestFingerprint) {
        check(key);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT request_hash, resource_id FROM idempotency_key
                        WHERE caller = :caller AND operation = :operation AND idempotency_key = :key""")
                .setParameter("caller", caller)
                .setParameter("operation", operation)
                .setParameter("key", key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (!rows.get(0)[0].equals(hash(requestFingerprint))) {
            throw new DomainException(422, "idempotency-key-reused", "Idempotency key already used",
                    "This Idempotency-Key was used for a different request");
        }
        return Optional.of((UUID) rows.get(0)[1]);
    }

    /** Remembers the key in the write's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String caller, String operation, String key, String requestFingerprint, UUID resourceId) {
        check(key);
        em.createNativeQuery("""
                        INSERT INTO idempotency_key (caller, operation, idempotency_key, request_hash, resource_id, created_at)
                        VALUES (:caller, :operation, :key, :hash, :resource, now())""")
                .setParameter("caller", caller)
                .setParameter("operation", operation)
                .setParameter("key", key)
                .setParameter("hash", hash(requestFingerprint))
                .setParameter("resource", resourceId)
                .executeUpdate();
    }

    /**
     * The canonical JSON of a request: properties sorted by name and absent (null) ones left out. A field added
     * later that the caller does not send leaves the fingerprint as it was; any value that differs changes it.
     * New request fields must therefore be nullable (absent means null), not primitives with a default.
     */
    public static String fingerprint(Object request) {
        try {
            return CANONICAL.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request cannot be written as JSON", e);
        }
    }

    private static void check(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw DomainException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
    }

    /** SHA-256 of the fingerprint, so that request content (which may hold personal data) is never stored here. */
    static String hash(String fingerprint) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(fingerprint.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
