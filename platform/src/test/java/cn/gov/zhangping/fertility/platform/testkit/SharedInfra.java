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
            Path home = Files.createTempDirectory("fertility-testkit");
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
                deleteTree(home);
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

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the folder is under the temporary directory
        }
    }
}
