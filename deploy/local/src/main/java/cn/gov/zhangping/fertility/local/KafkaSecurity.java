package cn.gov.zhangping.fertility.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * SASL_SSL with SCRAM-SHA-512 for the local broker, the way clients meet Kafka on Kubernetes (Strimzi listener with
 * SCRAM-SHA-512 authentication, cluster CA certificate as a PEM truststore). The TLS key and a self-signed
 * certificate for 127.0.0.1 and localhost are made with the JDK's keytool, so clients verify the host name as they
 * do in production; every client user and the broker's own user get a random password. All of it is made once,
 * in one folder that only the owner can read, and kept for later starts.
 */
public final class KafkaSecurity {

    public static final String PROTOCOL = "SASL_SSL";
    public static final String MECHANISM = "SCRAM-SHA-512";
    /** The user the broker authenticates as to itself (inter-broker listener). */
    static final String BROKER_USER = "broker";
    private static final String LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";

    private final Path dir;
    private final String storePassword;
    private final Map<String, String> passwords;

    private KafkaSecurity(Path dir, String storePassword, Map<String, String> passwords) {
        this.dir = dir;
        this.storePassword = storePassword;
        this.passwords = passwords;
    }

    /**
     * Makes what is missing in {@code dir}: passwords for the broker and each of {@code clientUsers}, the broker's
     * key store and its certificate, and one {@code clients/<user>.env} per client user with the {@code KAFKA_*}
     * variables a service needs.
     */
    public static KafkaSecurity prepare(Path dir, Collection<String> clientUsers) {
        try {
            Files.createDirectories(dir.resolve("clients"));
            ownerOnly(dir);
            Map<String, String> passwords = readEnv(dir.resolve("users.env"));
            passwords.computeIfAbsent(BROKER_USER, u -> randomPassword());
            clientUsers.forEach(u -> passwords.computeIfAbsent(u, x -> randomPassword()));
            writeSecret(dir.resolve("users.env"), passwords.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            String storePassword = readEnv(dir.resolve("keystore.env")).get("password");
            boolean fresh = storePassword == null || !Files.exists(dir.resolve("broker.p12")) || !Files.exists(dir.resolve("ca.crt"));
            KafkaSecurity security = new KafkaSecurity(dir, fresh ? randomPassword() : storePassword, passwords);
            if (fresh) {
                Files.deleteIfExists(security.keyStore());
                Files.deleteIfExists(security.certificate());
                writeSecret(dir.resolve("keystore.env"), List.of("password=" + security.storePassword));
                security.makeKeyStore();
            }
            for (String user : clientUsers) {
                List<String> lines = new ArrayList<>();
                security.clientSettings(user).forEach((k, v) -> lines.add("KAFKA_" + k.toUpperCase().replace('.', '_') + "=" + v));
                writeSecret(security.clientEnv(user), lines);
            }
            return security;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare Kafka security in " + dir, e);
        }
    }

    /** The broker's certificate (PEM); it is its own trust anchor. */
    public Path certificate() {
        return dir.resolve("ca.crt");
    }

    /** The folder of the client users' {@code <user>.env} files. */
    public Path clientsDir() {
        return dir.resolve("clients");
    }

    /** The {@code KAFKA_*} variables of a client user, one {@code NAME=value} a line. */
    public Path clientEnv(String user) {
        return clientsDir().resolve(user + ".env");
    }

    public Map<String, String> users() {
        Map<String, String> users = new LinkedHashMap<>(passwords);
        users.remove(BROKER_USER);
        return users;
    }

    /** The Kafka client properties (without bootstrap.servers) with which {@code user} connects. */
    public Map<String, String> clientSettings(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no Kafka user " + user);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("security.protocol", PROTOCOL);
        settings.put("sasl.mechanism", MECHANISM);
        settings.put("sasl.jaas.config", jaas(user, password));
        settings.put("ssl.truststore.location", certificate().toString());
        settings.put("ssl.truststore.type", "PEM");
        return settings;
    }

    /** Broker properties for a SASL_SSL listener named {@code listener}, which is also the inter-broker one. */
    void configureBroker(Properties p, String listener) {
        String prefix = "listener.name." + listener.toLowerCase() + "." + MECHANISM.toLowerCase() + ".";
        p.put("sasl.enabled.mechanisms", MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        p.put(prefix + "sasl.jaas.config", jaas(BROKER_USER, passwords.get(BROKER_USER)));
        p.put("ssl.keystore.location", keyStore().toString());
        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.keystore.password", storePassword);
        p.put("ssl.key.password", storePassword);
        p.put("ssl.truststore.location", certificate().toString());
        p.put("ssl.truststore.type", "PEM");
    }

    /** The broker's own SCRAM credential, written into the metadata log when the storage is formatted. */
    String brokerScramArgument() {
        return MECHANISM + "=[name=" + BROKER_USER + ",password=" + passwords.get(BROKER_USER) + "]";
    }

    private Path keyStore() {
        return dir.resolve("broker.p12");
    }

    private void makeKeyStore() throws IOException {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "825",
                "-dname", "CN=localhost, OU=fertility suite local stack",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", keyStore().toString(), "-storetype", "PKCS12",
                "-storepass", storePassword, "-keypass", storePassword);
        run(keytool, "-exportcert", "-rfc", "-alias", "broker", "-keystore", keyStore().toString(),
                "-storetype", "PKCS12", "-storepass", storePassword, "-file", certificate().toString());
    }

    private static void run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(command[0] + " " + command[1] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while running " + command[0], e);
        }
    }

    private static String jaas(String user, String password) {
        return LOGIN_MODULE + " required username=\"" + user + "\" password=\"" + password + "\";";
    }

    /** 24 random bytes, URL-safe base64: nothing that needs quoting in JAAS, shell or YAML. */
    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> readEnv(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return values;
    }

    private static void writeSecret(Path file, List<String> lines) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(tmp, lines);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void ownerOnly(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
}
