package cn.gov.zhangping.fertility.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Development signing keys and RS256 bearer tokens for trying the suite on one machine and for tests.
 * Production tokens come from the government identity provider; nothing here is used there.
 */
public final class DevTokens {

    /** The issuer that the services accept unless configured otherwise. */
    public static final String ISSUER = "urn:zhangping:fertility:local";
    /** The audience every token carries and the services verify ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "zhangping-fertility";
    /** The claim listing the caller's townships (codes under 350881), or {@code ["*"]} for the whole city. */
    public static final String TOWNSHIPS_CLAIM = "townships";
    /** The {@link #TOWNSHIPS_CLAIM} value for the whole city. */
    public static final List<String> CITY_WIDE = List.of("*");

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privateKey;
    private final String issuer;

    public DevTokens(PrivateKey privateKey, String issuer) {
        this.privateKey = privateKey;
        this.issuer = issuer;
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code private.pem} (PKCS#8) and {@code public.pem} (X.509) into {@code dir} unless they exist. */
    public static void writeKeys(Path dir) throws IOException {
        if (Files.exists(dir.resolve("private.pem")) && Files.exists(dir.resolve("public.pem"))) {
            return;
        }
        Files.createDirectories(dir);
        KeyPair pair = newKeyPair();
        Files.writeString(dir.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(dir.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    public static PrivateKey readPrivateKey(Path pemFile) throws IOException {
        String body = Files.readString(pemFile)
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException e) {
            throw new IOException("not an RSA PKCS#8 private key: " + pemFile, e);
        }
    }

    /** A city-wide token ({@code townships: ["*"]}) for {@code subject} carrying {@code roles} in {@code groups}. */
    public String token(String subject, List<String> roles, Duration ttl) {
        return token(subject, roles, CITY_WIDE, ttl);
    }

    /**
     * A token limited to {@code townships} (township codes, or {@link #CITY_WIDE}); {@code null} leaves the claim out,
     * and such a token has no township scope at all.
     */
    public String token(String subject, List<String> roles, List<String> townships, Duration ttl) {
        return tokenWithRawTownships(subject, roles, townships == null ? null : array(townships), ttl);
    }

    /** A token whose {@code townships} claim is {@code townshipsJson} as given (null: no claim), to test bad claims. */
    public String tokenWithRawTownships(String subject, List<String> roles, String townshipsJson, Duration ttl) {
        Instant now = Instant.now();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + jsonEscape(issuer) + "\""
                + ",\"aud\":\"" + AUDIENCE + "\""
                + ",\"sub\":\"" + jsonEscape(subject) + "\""
                + ",\"upn\":\"" + jsonEscape(subject) + "\""
                + ",\"groups\":" + array(roles)
                + (townshipsJson == null ? "" : ",\"" + TOWNSHIPS_CLAIM + "\":" + townshipsJson)
                + ",\"iat\":" + now.getEpochSecond()
                + ",\"exp\":" + now.plus(ttl).getEpochSecond()
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> "\"" + jsonEscape(v) + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * {@code keys DIR} writes a key pair; {@code token DIR ROLE[,ROLE] [SUBJECT] [ISSUER] [--township CODE[,CODE]]}
     * prints a token valid for 12 hours, for the whole city unless townships are given.
     */
    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("keys")) {
            writeKeys(Path.of(args[1]));
            return;
        }
        List<String> positional = new ArrayList<>();
        List<String> townships = CITY_WIDE;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--township") && i + 1 < args.length) {
                townships = List.of(args[++i].split(","));
            } else if (args[i].startsWith("--township=")) {
                townships = List.of(args[i].substring("--township=".length()).split(","));
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() >= 3 && positional.size() <= 5 && positional.get(0).equals("token")) {
            Path dir = Path.of(positional.get(1));
            List<String> roles = List.of(positional.get(2).split(","));
            String subject = positional.size() > 3 ? positional.get(3) : "local-" + roles.get(0);
            String issuer = positional.size() > 4 ? positional.get(4) : ISSUER;
            System.out.println(new DevTokens(readPrivateKey(dir.resolve("private.pem")), issuer)
                    .token(subject, roles, townships, Duration.ofHours(12)));
            return;
        }
        System.err.println("usage: DevTokens keys DIR | DevTokens token DIR ROLE[,ROLE] [SUBJECT] [ISSUER] "
                + "[--township CODE[,CODE]]");
        System.exit(2);
    }
}
