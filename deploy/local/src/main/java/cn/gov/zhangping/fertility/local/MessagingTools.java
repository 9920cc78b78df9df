package cn.gov.zhangping.fertility.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Operator commands on the suite's topics, run by {@code deploy/local/suite}:
 * <pre>
 * dlq-list BOOTSTRAP DLQ_TOPIC [GROUP]            the dead letters (of one consumer group), with their reasons
 * dlq-replay BOOTSTRAP DLQ_TOPIC PARTITION OFFSET  sends that dead letter back to the topic it came from
 * reset-group BOOTSTRAP GROUP TOPIC...            moves a stopped consumer group back to offset 0 of the topics
 * lag BOOTSTRAP GROUP TOPIC...                    records of the topics the group has not consumed yet
 * truncate JDBC_URL USER PASSWORD TABLE...        empties a service's derived tables (for a rebuild)
 * </pre>
 * Connection settings beyond the bootstrap address come from {@code KAFKA_*} environment variables, as for the
 * services ({@code KAFKA_SECURITY_PROTOCOL} is {@code security.protocol}). Nothing here prints event data: a dead
 * letter is shown by its coordinates, key, CloudEvent type and id, consumer group and reason.
 */
public final class MessagingTools {

    static final String ORIGINAL_TOPIC = "dead-letter-topic";
    static final String REASON = "dead-letter-reason";
    static final String GROUP = "dead-letter-consumer-group";

    private MessagingTools() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("suite: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        if (args.length < 2) {
            usage();
        }
        if (args[0].equals("truncate")) {
            if (args.length < 5) {
                usage();
            }
            truncate(args[1], args[2], args[3], List.of(args).subList(4, args.length));
            System.out.println("emptied " + List.of(args).subList(4, args.length));
            return;
        }
        Map<String, Object> client = clientSettings(args[1], System.getenv());
        switch (args[0]) {
            case "dlq-list" -> {
                if (args.length < 3) {
                    usage();
                }
                List<String> lines = listDeadLetters(client, args[2], args.length > 3 ? args[3] : null);
                lines.forEach(System.out::println);
                System.out.println(lines.size() + " dead letters");
            }
            case "dlq-replay" -> {
                if (args.length != 5) {
                    usage();
                }
                System.out.println(replay(client, args[2], Integer.parseInt(args[3]), Long.parseLong(args[4])));
            }
            case "reset-group" -> {
                if (args.length < 4) {
                    usage();
                }
                resetGroup(client, args[2], List.of(args).subList(3, args.length));
                System.out.println("group " + args[2] + " moved to offset 0 of " + List.of(args).subList(3, args.length));
            }
            case "lag" -> {
                if (args.length < 4) {
                    usage();
                }
                System.out.println(lag(client, args[2], List.of(args).subList(3, args.length)));
            }
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: dlq-list BOOTSTRAP DLQ_TOPIC [GROUP] | dlq-replay BOOTSTRAP DLQ_TOPIC PARTITION OFFSET"
                + " | reset-group BOOTSTRAP GROUP TOPIC... | lag BOOTSTRAP GROUP TOPIC..."
                + " | truncate JDBC_URL USER PASSWORD TABLE...");
        System.exit(2);
    }

    /** The bootstrap address plus every {@code KAFKA_*} variable as a client property. */
    public static Map<String, Object> clientSettings(String bootstrap, Map<String, String> env) {
        Map<String, Object> config = new HashMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("KAFKA_") && !name.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                config.put(name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return config;
    }

    public static List<String> listDeadLetters(Map<String, Object> client, String dlqTopic, String group) {
        List<String> lines = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : readAll(client, dlqTopic)) {
            String g = header(r, GROUP);
            if (group != null && !group.equals(g)) {
                continue;
            }
            lines.add(String.format("%s-%d@%d key=%s type=%s id=%s group=%s from=%s reason=%s", r.topic(), r.partition(),
                    r.offset(), r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8), header(r, "ce_type"),
                    header(r, "ce_id"), g, header(r, ORIGINAL_TOPIC), header(r, REASON)));
        }
        return lines;
    }

    /** Sends the dead letter at {@code partition}/{@code offset} back to its topic, with its key and CloudEvent headers. */
    static String replay(Map<String, Object> client, String dlqTopic, int partition, long offset) throws Exception {
        ConsumerRecord<byte[], byte[]> dead = null;
        for (ConsumerRecord<byte[], byte[]> r : readAll(client, dlqTopic)) {
            if (r.partition() == partition && r.offset() == offset) {
                dead = r;
            }
        }
        if (dead == null) {
            throw new IllegalArgumentException("no dead letter at " + dlqTopic + "-" + partition + "@" + offset);
        }
        String topic = header(dead, ORIGINAL_TOPIC);
        if (topic == null) {
            topic = dlqTopic.endsWith(".dlq") ? dlqTopic.substring(0, dlqTopic.length() - 4) : null;
        }
        if (topic == null) {
            throw new IllegalArgumentException("the dead letter does not say which topic it came from");
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header h : dead.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                headers.add(h.key(), h.value());
            }
        }
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            var meta = producer.send(new ProducerRecord<>(topic, null, dead.key(), dead.value(), headers)).get(30, TimeUnit.SECONDS);
            return "replayed " + dlqTopic + "-" + partition + "@" + offset + " as " + meta.topic() + "-" + meta.partition() + "@" + meta.offset();
        }
    }

    /**
     * Every consumer group member must be stopped: the broker refuses to move the offsets of an active group. The
     * services are static members (group.instance.id), which stay in the group until their session times out, so
     * the stopped members are removed first.
     */
    public static void resetGroup(Map<String, Object> client, String group, List<String> topics) throws Exception {
        try (Admin admin = Admin.create(client)) {
            removeStoppedMembers(admin, group);
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
            described.forEach((name, d) -> d.partitions().forEach(p -> offsets.put(new TopicPartition(name, p.partition()), new OffsetAndMetadata(0))));
            admin.alterConsumerGroupOffsets(group, offsets).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static void removeStoppedMembers(Admin admin, String group) throws Exception {
        java.util.Collection<org.apache.kafka.clients.admin.MemberDescription> members;
        try {
            members = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get(30, TimeUnit.SECONDS).members();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.GroupIdNotFoundException) {
                return;
            }
            throw e;
        }
        List<org.apache.kafka.clients.admin.MemberToRemove> statics = members.stream()
                .filter(m -> m.groupInstanceId().isPresent())
                .map(m -> new org.apache.kafka.clients.admin.MemberToRemove(m.groupInstanceId().get())).toList();
        if (!statics.isEmpty()) {
            admin.removeMembersFromConsumerGroup(group, new org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions(statics))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    /** The sum over the topics' partitions of end offset minus the group's committed offset (0 when none). */
    public static long lag(Map<String, Object> client, String group, List<String> topics) throws Exception {
        try (Admin admin = Admin.create(client)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, d) ->
                    d.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()),
                            org.apache.kafka.clients.admin.OffsetSpec.latest())));
            long lag = 0;
            for (var e : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                lag += e.getValue().offset() - (c == null ? 0 : c.offset());
            }
            return lag;
        }
    }

    /** Tables are named by the service's configuration; each name must be a plain identifier. */
    static void truncate(String jdbcUrl, String user, String password, List<String> tables) throws Exception {
        for (String t : tables) {
            if (!t.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("not a plain table name: " + t);
            }
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl, user, password);
             java.sql.Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE " + String.join(", ", tables));
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(Map<String, Object> client, String topic) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
