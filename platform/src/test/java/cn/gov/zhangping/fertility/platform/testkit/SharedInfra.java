package cn.gov.zhangping.fertility.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.gov.zhangping.fertility.local.DevTokens;
import cn.gov.zhangping.fertility.local.LocalInfra;
import cn.gov.zhangping.fertility.local.Postgres;

/**
 * One real PostgreSQL and one real Kafka broker per test JVM, started on first use and stopped when the JVM exits.
 * Quarkus loads test resources and tests in different class loaders, so the shared state is kept in the system
 * properties using JDK types only (strings, {@link Runnable}, {@link Consumer}, {@link PrivateKey}).
 * <p>
 * PostgreSQL is embedded unless {@code FERTILITY_TEST_PG_HOST} (with {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}) names a server; then every run gets databases of its own.
 */
public final class SharedInfra {

    private static Map<String, Object> state;

    private SharedInfra() {
    }

    static synchronized Map<String, Object> get() {
        if (state == null) {
            state = start();
            System.err.println("test kit: Kafka " + state.get("kafka.bootstrap") + ", PostgreSQL " + state.get("pg.host") + ":" + state.get("pg.port"));
        }
        return state;
    }

    private static Map<String, Object> start() {
        try {
            Path home = home();
            String externalHost = System.getenv("FERTILITY_TEST_PG_HOST");
            LocalInfra infra = LocalInfra.start(new LocalInfra.Settings(home, LocalInfra.freePort(), LocalInfra.freePort(),
                    externalHost == null ? 0 : Integer.parseInt(env("FERTILITY_TEST_PG_PORT", "5432")),
                    externalHost, env("FERTILITY_TEST_PG_USER", "postgres"), env("FERTILITY_TEST_PG_PASSWORD", "postgres"),
                    // for speed the test kit turns fsync off, explicitly; synchronous commit stays on, so what the
                    // database acknowledged survives an immediate shutdown (TestDatabase.stopImmediately)
                    Postgres.Durability.TEST));
            KeyPair keys = DevTokens.newKeyPair();
            Path publicKey = home.resolve("jwt-public.pem");
            Files.writeString(publicKey, DevTokens.pem("PUBLIC KEY", keys.getPublic().getEncoded()));
            String databaseSuffix = externalHost == null ? "" : "_t" + UUID.randomUUID().toString().substring(0, 8);

            Map<String, Object> state = new ConcurrentHashMap<>();
            state.put("kafka.bootstrap", infra.kafka().bootstrapServers());
            state.put("kafka.stop", (Runnable) () -> infra.kafka().stop());
            state.put("kafka.start", (Runnable) () -> infra.kafka().start());
            state.put("pg.stopImmediately", (Runnable) () -> infra.postgres().stopImmediately());
            state.put("pg.start", (Runnable) () -> infra.postgres().start());
            state.put("pg.host", infra.postgres().host());
            state.put("pg.port", String.valueOf(infra.postgres().port()));
            state.put("pg.user", infra.postgres().user());
            state.put("pg.password", infra.postgres().password());
            state.put("pg.databaseSuffix", databaseSuffix);
            state.put("pg.createDatabase", (Consumer<String>) name -> infra.postgres().createDatabase(name));
            state.put("jwt.publicKeyFile", publicKey.toString());
            state.put("jwt.privateKey", keys.getPrivate());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                infra.close();
                // the broker's log stays for the build's leak scan (every event and dead letter of the run)
                keepOnly(home, home.resolve("kafka"));
            }, "testkit-infra-stop"));
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String string(String key) {
        return (String) get().get(key);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /**
     * Under the module's {@code target/} when there is one (a Maven build), so that the broker's log outlives the
     * test JVM for the leak scan; what earlier test JVMs left there is removed once they have ended.
     */
    private static Path home() throws IOException {
        Path target = Path.of("target");
        if (!Files.isDirectory(target)) {
            return Files.createTempDirectory("fertility-testkit");
        }
        try (Stream<Path> earlier = Files.list(target)) {
            for (Path old : earlier.filter(p -> p.getFileName().toString().startsWith("testkit-")).toList()) {
                if (!running(old.resolve("owner.pid"))) {
                    deleteTree(old);
                }
            }
        }
        Path home = Files.createTempDirectory(target.toAbsolutePath(), "testkit-");
        Files.writeString(home.resolve("owner.pid"), String.valueOf(ProcessHandle.current().pid()));
        return home;
    }

    private static boolean running(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static void keepOnly(Path root, Path kept) {
        try (Stream<Path> paths = Files.list(root)) {
            paths.filter(p -> !p.equals(kept) && !p.getFileName().toString().equals("owner.pid"))
                    .forEach(SharedInfra::deleteTree);
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the folder is under target/ or the temporary directory
        }
    }
}
