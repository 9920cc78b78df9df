package cn.gov.zhangping.fertility.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one) running inside this JVM.
 * Topics are never created by the broker on first use: the services create theirs explicitly.
 * The broker can be stopped and started again on the same ports and log directory.
 * Clients connect in plaintext, or, given a {@link KafkaSecurity}, only with SASL_SSL (SCRAM-SHA-512).
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CONTROLLER = "CONTROLLER";

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final KafkaSecurity security;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDir, int port, int controllerPort, KafkaSecurity security) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.security = security;
    }

    /** Formats {@code logDir} on first use and starts a plaintext broker; returns when it accepts clients. */
    public static KafkaBroker start(Path logDir, int port, int controllerPort) {
        return start(logDir, port, controllerPort, null);
    }

    /**
     * Formats {@code logDir} on first use and starts the broker; with {@code security} its client listener is
     * SASL_SSL and every user of {@code security} has its SCRAM credential. Returns when it accepts clients.
     */
    public static KafkaBroker start(Path logDir, int port, int controllerPort, KafkaSecurity security) {
        KafkaBroker broker = new KafkaBroker(logDir, port, controllerPort, security);
        broker.format();
        broker.start();
        if (security != null) {
            broker.upsertUsers();
        }
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        KafkaRaftServer s = new KafkaRaftServer(config(), Time.SYSTEM);
        s.startup();
        server = s;
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    private KafkaConfig config() {
        // the controller listener is in-process traffic on the loopback interface and stays plaintext
        String clients = security == null ? "PLAINTEXT" : KafkaSecurity.PROTOCOL;
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", clients + "://127.0.0.1:" + port + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", clients + "://127.0.0.1:" + port);
        p.put("controller.listener.names", CONTROLLER);
        p.put("inter.broker.listener.name", clients);
        p.put("listener.security.protocol.map", clients + ":" + clients + "," + CONTROLLER + ":PLAINTEXT");
        if (security != null) {
            security.configureBroker(p, clients);
        }
        p.put("log.dirs", logDir.toString());
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        return KafkaConfig.fromProps(p, false);
    }

    /** Creates or updates the SCRAM credential of every client user (the broker may have been formatted earlier). */
    private void upsertUsers() {
        Map<String, Object> config = new HashMap<>(security.clientSettings(KafkaSecurity.BROKER_USER));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            List<UserScramCredentialAlteration> upserts = new ArrayList<>();
            security.users().forEach((user, password) -> upserts.add(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password)));
            admin.alterUserScramCredentials(upserts).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating Kafka users", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create Kafka users " + security.users().keySet(), e);
        }
    }

    private void format() {
        try {
            Files.createDirectories(logDir);
            if (Files.exists(logDir.resolve("meta.properties"))) {
                return;
            }
            Formatter formatter = new Formatter();
            if (security != null) {
                // the broker must be able to authenticate to its own SASL listener from the first start
                formatter.setScramArguments(List.of(security.brokerScramArgument()));
            }
            formatter.setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .addDirectory(logDir.toString())
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(CONTROLLER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare Kafka log directory " + logDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka log directory " + logDir, e);
        }
    }
}
