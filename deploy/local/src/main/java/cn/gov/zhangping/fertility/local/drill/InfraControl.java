package cn.gov.zhangping.fertility.local.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.gov.zhangping.fertility.local.KafkaBroker;
import cn.gov.zhangping.fertility.local.Postgres;

/**
 * Lets a fault drill stop and start the broker, or crash and restart PostgreSQL, inside the running infra process:
 * the drill writes {@code control/<action>.request} into the infra home, the infra process carries it out and
 * writes {@code control/<action>.done} ({@code ok}, or {@code failed: <kind>}). Actions: {@code kafka-stop},
 * {@code kafka-start}, {@code postgres-restart-immediate} (SIGQUIT to the postmaster, as a crash, then start).
 * Local files only: nothing listens on a port.
 */
public final class InfraControl {

    static final List<String> ACTIONS = List.of("kafka-stop", "kafka-start", "postgres-restart-immediate");

    private InfraControl() {
    }

    /** Starts the watcher thread of the infra process. */
    public static void watch(Path home, KafkaBroker kafka, Postgres postgres) {
        Path dir = home.resolve("control");
        Thread t = new Thread(() -> {
            while (true) {
                for (String action : ACTIONS) {
                    Path request = dir.resolve(action + ".request");
                    if (Files.exists(request)) {
                        String outcome = carryOut(action, kafka, postgres);
                        try {
                            Files.deleteIfExists(request);
                            Files.writeString(dir.resolve(action + ".done"), outcome);
                        } catch (IOException e) {
                            System.err.println("infra control: cannot answer " + action);
                        }
                    }
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "infra-control");
        t.setDaemon(true);
        t.start();
    }

    private static String carryOut(String action, KafkaBroker kafka, Postgres postgres) {
        try {
            switch (action) {
                case "kafka-stop" -> kafka.stop();
                case "kafka-start" -> kafka.start();
                default -> {
                    postgres.stopImmediately();
                    postgres.start();
                }
            }
            System.out.println("infra control: " + action + " done");
            return "ok";
        } catch (RuntimeException e) {
            System.out.println("infra control: " + action + " failed (" + e.getClass().getSimpleName() + ")");
            return "failed: " + e.getClass().getSimpleName();
        }
    }

    /** Asks the infra process in {@code infraHome} for {@code action} and waits for its answer. */
    static void request(Path infraHome, String action, Duration timeout) throws IOException, InterruptedException {
        Path dir = infraHome.resolve("control");
        Files.createDirectories(dir);
        Path done = dir.resolve(action + ".done");
        Files.deleteIfExists(done);
        Files.writeString(dir.resolve(action + ".request"), "");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(done)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the infra process did not carry out " + action + " within " + timeout.toSeconds() + " s");
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        String outcome = Files.readString(done).trim();
        if (!outcome.equals("ok")) {
            throw new IllegalStateException(action + ": " + outcome);
        }
    }
}
