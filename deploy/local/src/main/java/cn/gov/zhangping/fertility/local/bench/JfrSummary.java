package cn.gov.zhangping.fertility.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * A text summary of a JFR recording's CPU samples ({@code jdk.ExecutionSample}): the share of samples by area (HTTP,
 * JSON, validation, Hibernate, JDBC, Kafka client, crypto, logging, metrics...) both by the top frame (self, see
 * {@link #ownerArea}) and by any frame of the stack (inclusive), the hottest methods by self samples, the hottest
 * suite methods inclusive (without Quarkus' generated proxies), and the samples by thread. {@code suite bench --jfr} writes one next to bench.json for each service.
 *
 * <p>Arguments: {@code RECORDING.jfr [OUTPUT.txt]} (standard output without the second).
 */
public final class JfrSummary {

    /** Areas by class-name prefix; the first that matches names the frame's area. */
    static final List<Map.Entry<String, String>> AREAS = List.of(
            Map.entry("cn.gov.zhangping.", "suite code"),
            Map.entry("com.fasterxml.jackson.", "JSON (Jackson)"),
            Map.entry("org.hibernate.validator.", "validation (Hibernate Validator)"),
            Map.entry("org.hibernate.", "Hibernate ORM"),
            Map.entry("io.agroal.", "JDBC pool (Agroal)"),
            Map.entry("org.postgresql.", "JDBC driver (PostgreSQL)"),
            Map.entry("org.apache.kafka.", "Kafka (client; in infra also the broker)"),
            Map.entry("kafka.", "Kafka broker"),
            Map.entry("scala.", "Kafka broker"),
            Map.entry("io.smallrye.reactive.messaging.", "SmallRye Reactive Messaging"),
            Map.entry("com.arjuna.", "transactions (Narayana)"),
            Map.entry("io.narayana.", "transactions (Narayana)"),
            Map.entry("io.quarkus.narayana.", "transactions (Narayana)"),
            Map.entry("io.smallrye.jwt.", "JWT / crypto"),
            Map.entry("org.jose4j.", "JWT / crypto"),
            Map.entry("sun.security.", "JWT / crypto"),
            Map.entry("com.sun.crypto.", "JWT / crypto"),
            Map.entry("javax.crypto.", "JWT / crypto"),
            Map.entry("java.security.", "JWT / crypto"),
            Map.entry("org.jboss.logmanager.", "logging"),
            Map.entry("org.jboss.logging.", "logging"),
            Map.entry("io.micrometer.", "metrics (Micrometer)"),
            Map.entry("io.smallrye.health.", "health checks"),
            Map.entry("io.quarkus.smallrye.health.", "health checks"),
            Map.entry("io.smallrye.openapi.", "OpenAPI"),
            Map.entry("org.jboss.resteasy.", "HTTP (RESTEasy Reactive)"),
            Map.entry("io.quarkus.resteasy.", "HTTP (RESTEasy Reactive)"),
            Map.entry("io.quarkus.vertx.", "HTTP (Vert.x)"),
            Map.entry("io.vertx.", "HTTP (Vert.x)"),
            Map.entry("io.netty.", "network (Netty)"),
            Map.entry("io.quarkus.arc.", "CDI (ArC)"),
            Map.entry("io.smallrye.mutiny.", "Mutiny"),
            Map.entry("io.quarkus.", "Quarkus other"),
            Map.entry("io.smallrye.", "SmallRye other"),
            Map.entry("java.util.regex.", "JDK regex"),
            Map.entry("java.", "JDK"),
            Map.entry("javax.", "JDK"),
            Map.entry("jdk.", "JDK"),
            Map.entry("sun.", "JDK"));

    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: JfrSummary RECORDING.jfr [OUTPUT.txt]");
            System.exit(2);
        }
        String text = summarise(Path.of(args[0]));
        if (args.length == 2) {
            Files.writeString(Path.of(args[1]), text);
        } else {
            System.out.print(text);
        }
    }

    static String area(String className) {
        for (Map.Entry<String, String> a : AREAS) {
            if (className.startsWith(a.getKey())) {
                return a.getValue();
            }
        }
        return "other";
    }

    /**
     * The area a sample's time belongs to: its top frame's, except that plain JDK frames (collections, strings,
     * reflection, big integers...) count for the nearest caller outside the JDK, so that an RSA verification's
     * BigInteger arithmetic counts as crypto and a HashMap lookup in Hibernate as Hibernate.
     */
    static String ownerArea(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String a = area(className(f));
            if (!a.equals("JDK")) {
                return a;
            }
        }
        return "JDK";
    }

    /** Classes Quarkus generates around the suite's beans and resources (proxies, interceptor subclasses, invokers). */
    static boolean generated(String className) {
        return className.contains("_Subclass") || className.contains("_ClientProxy") || className.contains("$quarkusrestinvoker$")
                || className.contains("$$");
    }

    static String summarise(Path recording) throws IOException {
        Map<String, Integer> selfMethod = new HashMap<>();
        Map<String, Integer> selfArea = new HashMap<>();
        Map<String, Integer> inclusiveArea = new HashMap<>();
        Map<String, Integer> inclusiveSuite = new HashMap<>();
        Map<String, Integer> byThread = new HashMap<>();
        int samples = 0;
        long gcPauseNanos = 0;
        int gcs = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String type = e.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    gcs++;
                    gcPauseNanos += e.getDuration("sumOfPauses").toNanos();
                    continue;
                }
                if (!type.equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = e.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                RecordedThread thread = e.getThread("sampledThread");
                String threadName = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
                byThread.merge(threadName.replaceAll("[0-9]+", "N"), 1, Integer::sum);
                List<RecordedFrame> frames = stack.getFrames();
                RecordedFrame top = frames.get(0);
                selfMethod.merge(name(top), 1, Integer::sum);
                selfArea.merge(ownerArea(frames), 1, Integer::sum);
                Set<String> areas = new HashSet<>();
                Set<String> suiteMethods = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String cls = className(f);
                    areas.add(area(cls));
                    if (cls.startsWith("cn.gov.zhangping.") && !generated(cls)) {
                        suiteMethods.add(name(f));
                    }
                }
                areas.forEach(a -> inclusiveArea.merge(a, 1, Integer::sum));
                suiteMethods.forEach(m -> inclusiveSuite.merge(m, 1, Integer::sum));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("recording: ").append(recording.getFileName()).append('\n');
        out.append("CPU samples (jdk.ExecutionSample, Java frames only): ").append(samples).append('\n');
        out.append(String.format("garbage collections: %d, total pause %.1f ms%n%n", gcs, gcPauseNanos / 1e6));
        table(out, "by area, self (top frame; plain JDK frames count for their nearest non-JDK caller)", selfArea, samples, 40);
        table(out, "by area, inclusive (any frame of the stack)", inclusiveArea, samples, 40);
        table(out, "hottest methods, self", selfMethod, samples, 30);
        table(out, "suite methods, inclusive", inclusiveSuite, samples, 30);
        table(out, "by thread (digits as N)", byThread, samples, 20);
        return out.toString();
    }

    private static void table(StringBuilder out, String title, Map<String, Integer> counts, int total, int limit) {
        out.append("== ").append(title).append('\n');
        Map<String, Integer> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        sorted.forEach((k, v) -> out.append(String.format("%6d %5.1f%%  %s%n", v, total == 0 ? 0 : 100.0 * v / total, k)));
        out.append('\n');
    }

    private static String className(RecordedFrame f) {
        return f.getMethod() == null || f.getMethod().getType() == null ? "?" : f.getMethod().getType().getName();
    }

    private static String name(RecordedFrame f) {
        return f.getMethod() == null ? "?" : className(f) + "." + f.getMethod().getName();
    }
}
