package cn.gov.zhangping.fertility.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service's configuration says about Kafka and the settings it reads, taken from its
 * {@code application.properties} and the platform defaults ({@code META-INF/microprofile-config.properties}) — the
 * same files the service runs with, so a topic or setting added there is checked against the manifests at once.
 *
 * @param name       the service ({@code quarkus.application.name}, also its Deployment and KafkaUser)
 * @param topicNames {@code fertility.topics.names}: the topics it produces to or consumes from
 * @param channels   its {@code mp.messaging.incoming.*} Kafka channels
 * @param settings   every configuration property it reads, as the environment variable that sets it
 * @param required   properties with a value only in a test or dev profile: a deployment must set them
 */
record ServiceConfig(String name, List<String> topicNames, List<Channel> channels, Set<String> settings, Set<String> required) {

    /** An incoming channel: the topic it reads, its dead-letter topic and its consumer group. */
    record Channel(String name, String topic, String deadLetterTopic, String groupId) {
    }

    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final Pattern PROFILE = Pattern.compile("%[^.]+\\.(.+)");

    /** Every module of the repository with an application.properties that names an application. */
    static List<ServiceConfig> all() {
        Properties platform = load(Manifests.REPO.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
        try (Stream<Path> modules = Files.list(Manifests.REPO)) {
            List<ServiceConfig> services = new ArrayList<>();
            for (Path module : modules.sorted().toList()) {
                Path file = module.resolve("src/main/resources/application.properties");
                if (Files.exists(file) && load(file).getProperty("quarkus.application.name") != null) {
                    services.add(read(load(file), platform));
                }
            }
            return services;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ServiceConfig read(Properties own, Properties platform) {
        String name = own.getProperty("quarkus.application.name");
        Properties all = new Properties();
        all.putAll(platform);
        all.putAll(own);
        List<String> topicNames = Arrays.stream(all.getProperty("fertility.topics.names", "").split(","))
                .map(String::trim).filter(t -> !t.isEmpty()).toList();
        List<Channel> channels = new ArrayList<>();
        Set<String> settings = new TreeSet<>();
        Set<String> prod = new TreeSet<>();
        Set<String> profiled = new TreeSet<>();
        for (String key : all.stringPropertyNames()) {
            Matcher profile = PROFILE.matcher(key);
            String property = profile.matches() ? profile.group(1) : key;
            (profile.matches() ? profiled : prod).add(property);
            settings.add(environmentName(property));
            Matcher incoming = INCOMING.matcher(key);
            if (incoming.matches() && "smallrye-kafka".equals(all.getProperty("mp.messaging.incoming." + incoming.group(1) + ".connector"))) {
                String channel = incoming.group(1);
                String group = all.getProperty("mp.messaging.incoming." + channel + ".group.id",
                        all.getProperty("mp.messaging.connector.smallrye-kafka.group.id", "${quarkus.application.name}"))
                        .replace("${quarkus.application.name}", name);
                channels.add(new Channel(channel, all.getProperty(key),
                        all.getProperty("mp.messaging.incoming." + channel + ".dead-letter-queue.topic"), group));
            }
        }
        Set<String> required = new TreeSet<>();
        profiled.stream().filter(p -> !prod.contains(p)).forEach(p -> required.add(environmentName(p)));
        channels.sort((a, b) -> a.name().compareTo(b.name()));
        return new ServiceConfig(name, topicNames, List.copyOf(channels), settings, required);
    }

    /** Topics it reads. */
    Set<String> consumed() {
        Set<String> topics = new LinkedHashSet<>();
        channels.forEach(c -> topics.add(c.topic()));
        return topics;
    }

    /** Topics it writes to: those it names that it does not read (DEVELOPERS.md: both kinds are named). */
    Set<String> produced() {
        Set<String> topics = new LinkedHashSet<>(topicNames);
        topics.removeAll(consumed());
        return topics;
    }

    /** Every topic the service names: the ones it names and the ones its channels read; each needs a DLQ too. */
    Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>(topicNames);
        topics.addAll(consumed());
        return topics;
    }

    /**
     * Whether the service reads the environment variable {@code variable}: a property it has, or any {@code KAFKA_*}
     * (Quarkus passes the whole kafka.* namespace to the Kafka clients), or one of the JVM launcher's.
     */
    boolean reads(String variable) {
        return settings.contains(variable) || variable.startsWith("KAFKA_") || JVM_LAUNCHER.contains(variable);
    }

    /** Read by the image's JVM launcher (run-java.sh) and the C library, not by Quarkus. */
    static final Set<String> JVM_LAUNCHER = Set.of("JAVA_OPTS_APPEND", "GC_CONTAINER_OPTIONS", "MALLOC_ARENA_MAX");

    /** Quarkus's environment name of a property: upper case, every character but letters and digits an underscore. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return p;
    }
}
