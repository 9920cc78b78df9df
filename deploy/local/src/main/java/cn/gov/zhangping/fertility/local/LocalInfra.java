package cn.gov.zhangping.fertility.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The suite's infrastructure for one machine: PostgreSQL (configured or embedded) with the services' databases,
 * and a Kafka broker, plaintext or SASL_SSL. {@code main} runs it as the process that {@code deploy/local/suite}
 * starts; tests start it in their own JVM through {@link #start}.
 */
public final class LocalInfra implements AutoCloseable {

    /** Every service owns one database (DESIGN §2). */
    public static final List<String> DATABASES = List.of("family_support", "benefit", "childcare_registry", "indicator");

    private final Postgres postgres;
    private final KafkaBroker kafka;
    private final KafkaSecurity kafkaSecurity;

    private LocalInfra(Postgres postgres, KafkaBroker kafka, KafkaSecurity kafkaSecurity) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.kafkaSecurity = kafkaSecurity;
    }

    public static LocalInfra start(Settings settings) {
        Postgres pg = settings.externalPgHost() != null
                ? Postgres.external(settings.externalPgHost(), settings.pgPort(), settings.pgUser(), settings.pgPassword())
                : Postgres.embedded(settings.home().resolve("postgres"), settings.pgPort(), settings.durability());
        try {
            DATABASES.forEach(pg::createDatabase);
            if (!settings.saslSsl()) {
                KafkaBroker broker = KafkaBroker.start(settings.home().resolve("kafka"), settings.kafkaPort(), settings.controllerPort());
                return new LocalInfra(pg, broker, null);
            }
            // a log directory of its own: one formatted for plaintext has no credential for the broker's own user
            KafkaSecurity security = KafkaSecurity.prepare(settings.home().resolve("kafka-security"), settings.kafkaUsers());
            KafkaBroker broker = KafkaBroker.start(settings.home().resolve("kafka-sasl-ssl"), settings.kafkaPort(),
                    settings.controllerPort(), security);
            return new LocalInfra(pg, broker, security);
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    public Postgres postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /** The broker's users, certificate and client settings; {@code null} when clients connect in plaintext. */
    public KafkaSecurity kafkaSecurity() {
        return kafkaSecurity;
    }

    /** Stops the broker first, then the database. */
    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }

    /** A free TCP port on the loopback interface. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where the infrastructure keeps its data, its ports and PostgreSQL server, how hard an embedded PostgreSQL
     * keeps a commit ({@code durability}: the local stack always runs it {@code FULL}), and how Kafka clients
     * connect: {@code kafkaSecurity} is {@code plaintext} or {@code sasl_ssl}, then {@code kafkaUsers} get SCRAM
     * credentials.
     */
    public record Settings(Path home, int kafkaPort, int controllerPort, int pgPort,
                           String externalPgHost, String pgUser, String pgPassword, Postgres.Durability durability,
                           String kafkaSecurity, List<String> kafkaUsers) {

        public static final String PLAINTEXT = "plaintext";
        public static final String SASL_SSL = "sasl_ssl";

        public Settings {
            if (!PLAINTEXT.equals(kafkaSecurity) && !SASL_SSL.equals(kafkaSecurity)) {
                throw new IllegalArgumentException("Kafka security must be " + PLAINTEXT + " or " + SASL_SSL + ", not " + kafkaSecurity);
            }
            kafkaUsers = List.copyOf(kafkaUsers);
        }

        /** Plaintext Kafka, as the test kit uses it. */
        public Settings(Path home, int kafkaPort, int controllerPort, int pgPort,
                        String externalPgHost, String pgUser, String pgPassword, Postgres.Durability durability) {
            this(home, kafkaPort, controllerPort, pgPort, externalPgHost, pgUser, pgPassword, durability, PLAINTEXT, List.of());
        }

        boolean saslSsl() {
            return SASL_SSL.equals(kafkaSecurity);
        }
    }

    /**
     * Arguments: {@code --home DIR --kafka-port N --controller-port N --pg-port N [--pg-host H --pg-user U --pg-password P]
     * [--kafka-security plaintext|sasl_ssl --kafka-users U1,U2,...]}.
     * Writes {@code infra.env} into the home folder once everything accepts connections, then runs until stopped;
     * with SASL_SSL it names the folder of the users' client settings ({@code KAFKA_CLIENTS_DIR}, one
     * {@code <user>.env} each).
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        Path home = Path.of(a.getOrDefault("--home", ".suite")).toAbsolutePath();
        Files.createDirectories(home);
        Settings settings = new Settings(home,
                Integer.parseInt(a.getOrDefault("--kafka-port", "9092")),
                Integer.parseInt(a.getOrDefault("--controller-port", "9093")),
                Integer.parseInt(a.getOrDefault("--pg-port", "55432")),
                a.get("--pg-host"), a.getOrDefault("--pg-user", "postgres"), a.getOrDefault("--pg-password", "postgres"),
                Postgres.Durability.FULL,
                a.getOrDefault("--kafka-security", Settings.PLAINTEXT),
                Arrays.stream(a.getOrDefault("--kafka-users", "").split(",")).filter(u -> !u.isBlank()).toList());
        Path envFile = home.resolve("infra.env");
        Files.deleteIfExists(envFile);
        LocalInfra infra = start(settings);
        // fault drills (deploy/local/suite drill) stop the broker and crash PostgreSQL through files in home/control
        cn.gov.zhangping.fertility.local.drill.InfraControl.watch(home, infra.kafka(), infra.postgres());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            infra.close();
            stopped.countDown();
        }, "local-infra-stop"));
        List<String> env = new ArrayList<>();
        env.add("KAFKA_BOOTSTRAP_SERVERS=" + infra.kafka().bootstrapServers());
        env.add("KAFKA_SECURITY=" + settings.kafkaSecurity());
        if (infra.kafkaSecurity() != null) {
            env.add("KAFKA_CLIENTS_DIR=" + infra.kafkaSecurity().clientsDir());
            env.add("KAFKA_CA_CERTIFICATE=" + infra.kafkaSecurity().certificate());
        }
        env.add("PG_HOST=" + infra.postgres().host());
        env.add("PG_PORT=" + infra.postgres().port());
        env.add("PG_USER=" + infra.postgres().user());
        env.add("PG_PASSWORD=" + infra.postgres().password());
        env.add("PG_EMBEDDED=" + infra.postgres().isEmbedded());
        Path tmp = home.resolve("infra.env.tmp");
        Files.write(tmp, env);
        Files.move(tmp, envFile);
        System.out.println("local infrastructure ready: Kafka " + infra.kafka().bootstrapServers() + " (" + settings.kafkaSecurity() + ")"
                + ", PostgreSQL " + infra.postgres().host() + ":" + infra.postgres().port());
        stopped.await();
    }
}
