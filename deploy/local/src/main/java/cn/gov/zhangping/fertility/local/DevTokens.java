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

    /** A signed token for {@code subject} carrying {@code roles} in the {@code groups} claim. */
    public String token(String subject, List<String> roles, Duration ttl) {
        Instant now = Instant.now();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String groups = roles.stream().map(r -> "\"" + jsonEscape(r) + "\"").collect(Collectors.joining(",", "[", "]"));
        String claims = "{\"iss\":\"" + jsonEscape(issuer) + "\""
                + ",\"sub\":\"" + jsonEscape(subject) + "\""
                + ",\"upn\":\"" + jsonEscape(subject) + "\""
                + ",\"groups\":" + groups
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

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * {@code keys DIR} writes a key pair; {@code token DIR ROLE[,ROLE] [SUBJECT] [ISSUER]} prints a token valid for 12 hours.
     */
    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("keys")) {
            writeKeys(Path.of(args[1]));
            return;
        }
        if (args.length >= 3 && args[0].equals("token")) {
            Path dir = Path.of(args[1]);
            List<String> roles = List.of(args[2].split(","));
            String subject = args.length > 3 ? args[3] : "local-" + roles.get(0);
            String issuer = args.length > 4 ? args[4] : ISSUER;
            System.out.println(new DevTokens(readPrivateKey(dir.resolve("private.pem")), issuer)
                    .token(subject, roles, Duration.ofHours(12)));
            return;
        }
        System.err.println("usage: DevTokens keys DIR | DevTokens token DIR ROLE[,ROLE] [SUBJECT] [ISSUER]");
        System.exit(2);
    }
}
