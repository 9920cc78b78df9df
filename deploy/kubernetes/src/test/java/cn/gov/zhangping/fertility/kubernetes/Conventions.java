package cn.gov.zhangping.fertility.kubernetes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * The suite's rules for its rendered manifests, beyond what the schemas say (deploy/kubernetes/README.md). Each
 * check returns its problems, one sentence each naming the object; an empty list means the rule holds.
 */
final class Conventions {

    /** Kinds whose pods run the suite's containers. */
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob");
    static final long DLQ_RETENTION_MS = 30L * 24 * 60 * 60 * 1000;

    private Conventions() {
    }

    /** All the checks. */
    static List<String> check(List<JsonNode> objects, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        problems.addAll(containers(objects));
        problems.addAll(topics(objects, services));
        problems.addAll(kafkaUsers(objects, services));
        problems.addAll(configMapKeys(objects, services));
        problems.addAll(consumerReplicas(objects, services));
        return problems;
    }

    /**
     * Every container has the three probes on the Quarkus health endpoints, requests and limits for CPU and memory,
     * and runs non-root with a read-only root file system, no privilege escalation, all capabilities dropped and the
     * RuntimeDefault seccomp profile (set on the container or its pod).
     */
    static List<String> containers(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        for (JsonNode o : objects) {
            if (!WORKLOADS.contains(o.path("kind").asString())) {
                continue;
            }
            JsonNode pod = "CronJob".equals(o.path("kind").asString())
                    ? o.path("spec").path("jobTemplate").path("spec").path("template").path("spec")
                    : o.path("spec").path("template").path("spec");
            JsonNode podSecurity = pod.path("securityContext");
            List<JsonNode> containers = new ArrayList<>();
            pod.path("initContainers").forEach(containers::add);
            pod.path("containers").forEach(containers::add);
            for (JsonNode c : containers) {
                String what = Manifests.describe(o) + " container " + c.path("name").asString();
                probe(problems, what, c, "startupProbe", "/q/health/started");
                probe(problems, what, c, "livenessProbe", "/q/health/live");
                probe(problems, what, c, "readinessProbe", "/q/health/ready");
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (c.path("resources").path(kind).path(resource).isMissingNode()) {
                            problems.add(what + " has no " + kind + "." + resource);
                        }
                    }
                }
                JsonNode security = c.path("securityContext");
                if (!effective(security, podSecurity, "runAsNonRoot").asBoolean(false)) {
                    problems.add(what + " may run as root (runAsNonRoot is not true)");
                }
                if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(what + " has a writable root file system (readOnlyRootFilesystem is not true)");
                }
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(what + " allows privilege escalation (allowPrivilegeEscalation is not false)");
                }
                boolean dropsAll = false;
                for (JsonNode cap : security.path("capabilities").path("drop")) {
                    dropsAll |= "ALL".equals(cap.asString());
                }
                if (!dropsAll || !security.path("capabilities").path("add").isEmpty()) {
                    problems.add(what + " does not drop all capabilities (capabilities.drop [ALL], nothing added)");
                }
                if (!"RuntimeDefault".equals(effective(security, podSecurity, "seccompProfile").path("type").asString(""))) {
                    problems.add(what + " has no RuntimeDefault seccomp profile");
                }
            }
        }
        return problems;
    }

    /**
     * Every topic a service names (produced, consumed) has a KafkaTopic, and so has its {@code <topic>.dlq} and every
     * dead-letter topic a channel names; every KafkaTopic says its partitions, has replication factor 3,
     * {@code min.insync.replicas} 2 and an explicit retention, 30 days for a dead-letter topic; and every service's
     * own topic creation is off, since Strimzi owns the topics.
     */
    static List<String> topics(List<JsonNode> objects, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> topics = new HashMap<>();
        for (JsonNode t : ofKind(objects, "KafkaTopic")) {
            topics.put(topicName(t), t);
        }
        for (ServiceConfig s : services) {
            Set<String> needed = new TreeSet<>();
            for (String topic : s.topics()) {
                needed.add(topic);
                needed.add(topic + ".dlq");
            }
            s.channels().stream().map(ServiceConfig.Channel::deadLetterTopic).filter(t -> t != null).forEach(needed::add);
            for (String topic : needed) {
                if (!topics.containsKey(topic)) {
                    problems.add(s.name() + " names topic " + topic + " but there is no KafkaTopic for it");
                }
            }
        }
        for (JsonNode t : topics.values()) {
            String what = Manifests.describe(t);
            JsonNode spec = t.path("spec");
            if (!spec.path("partitions").isNumber()) {
                problems.add(what + " does not say its partitions");
            }
            if (spec.path("replicas").asInt(0) != 3) {
                problems.add(what + " has replication factor " + spec.path("replicas").asString("(none)") + ", not 3");
            }
            if (!"2".equals(spec.path("config").path("min.insync.replicas").asString(""))) {
                problems.add(what + " has min.insync.replicas " + spec.path("config").path("min.insync.replicas").asString("(none)") + ", not 2");
            }
            JsonNode retention = spec.path("config").path("retention.ms");
            if (retention.isMissingNode()) {
                problems.add(what + " does not say its retention (retention.ms)");
            } else if (topicName(t).endsWith(".dlq") && retention.asLong() != DLQ_RETENTION_MS) {
                problems.add(what + " keeps dead letters " + retention.asString() + " ms, not 30 days");
            }
        }
        for (JsonNode map : ofKind(objects, "ConfigMap")) {
            String create = map.path("data").path("FERTILITY_TOPICS_CREATE").asString("");
            if (!create.isEmpty() && !"false".equals(create)) {
                problems.add(Manifests.describe(map) + " switches the services' own topic creation on; Strimzi owns the topics");
            }
        }
        return problems;
    }

    /**
     * Every service has a KafkaUser of its name, and its ACLs are exactly what its configuration needs: Describe and
     * Write on the topics it produces to; Describe and Read on those it consumes; Describe and Write on their
     * dead-letter topics; Read on its consumer group. Nothing more (no wildcard, no prefix), nothing less; and no
     * KafkaUser belongs to no service.
     */
    static List<String> kafkaUsers(List<JsonNode> objects, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> users = new HashMap<>();
        ofKind(objects, "KafkaUser").forEach(u -> users.put(u.path("metadata").path("name").asString(), u));
        for (ServiceConfig s : services) {
            Set<String> expected = new TreeSet<>();
            for (String topic : s.produced()) {
                expected.add(acl("topic", topic, "Describe"));
                expected.add(acl("topic", topic, "Write"));
            }
            for (ServiceConfig.Channel c : s.channels()) {
                expected.add(acl("topic", c.topic(), "Describe"));
                expected.add(acl("topic", c.topic(), "Read"));
                String dlq = c.deadLetterTopic() != null ? c.deadLetterTopic() : c.topic() + ".dlq";
                expected.add(acl("topic", dlq, "Describe"));
                expected.add(acl("topic", dlq, "Write"));
                expected.add(acl("group", c.groupId(), "Read"));
            }
            JsonNode user = users.remove(s.name());
            if (user == null) {
                problems.add(s.name() + " has no KafkaUser");
                continue;
            }
            String what = Manifests.describe(user);
            if (!"simple".equals(user.path("spec").path("authorization").path("type").asString(""))) {
                problems.add(what + " has no simple (ACL) authorization");
            }
            Set<String> actual = new TreeSet<>();
            for (JsonNode rule : user.path("spec").path("authorization").path("acls")) {
                JsonNode resource = rule.path("resource");
                if (!"allow".equals(rule.path("type").asString("allow")) || !"*".equals(rule.path("host").asString("*"))) {
                    problems.add(what + " has a rule that is not a plain allow for any host: " + rule);
                }
                String pattern = resource.path("patternType").asString("literal");
                for (JsonNode op : rule.path("operations")) {
                    actual.add(acl(resource.path("type").asString(), resource.path("name").asString(), op.asString())
                            + ("literal".equals(pattern) ? "" : " (" + pattern + ")"));
                }
            }
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            if (!missing.isEmpty()) {
                problems.add(what + " lacks ACLs " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(what + " has ACLs its service does not need " + extra);
            }
        }
        users.keySet().forEach(u -> problems.add("KafkaUser " + u + " belongs to no service"));
        return problems;
    }

    /**
     * For each service's containers: every ConfigMap and ConfigMap key they reference exists; every key they get
     * from a ConfigMap is a setting the service reads (a misspelt key is never read); and the settings it needs on
     * Kubernetes are all given: the database URL and credentials, the Kafka bootstrap servers and security protocol,
     * the JWT key and issuer, and whatever its configuration has only for tests.
     */
    static List<String> configMapKeys(List<JsonNode> objects, List<ServiceConfig> services) {
        List<String> needed = List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_JAAS_CONFIG",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER", "FERTILITY_TOPICS_CREATE");
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> maps = new HashMap<>();
        ofKind(objects, "ConfigMap").forEach(m -> maps.put(m.path("metadata").path("name").asString(), m));
        for (ServiceConfig s : services) {
            Optional<JsonNode> deployment = ofKind(objects, "Deployment").stream()
                    .filter(d -> s.name().equals(d.path("metadata").path("name").asString())).findFirst();
            if (deployment.isEmpty()) {
                problems.add(s.name() + " has no Deployment");
                continue;
            }
            for (JsonNode c : deployment.get().path("spec").path("template").path("spec").path("containers")) {
                String what = Manifests.describe(deployment.get()) + " container " + c.path("name").asString();
                Set<String> given = new TreeSet<>();
                for (JsonNode from : c.path("envFrom")) {
                    if (from.path("configMapRef").isMissingNode()) {
                        continue;
                    }
                    String mapName = from.path("configMapRef").path("name").asString();
                    JsonNode map = maps.get(mapName);
                    if (map == null) {
                        problems.add(what + " reads ConfigMap " + mapName + ", which does not exist");
                        continue;
                    }
                    for (String key : map.path("data").propertyNames()) {
                        given.add(key);
                        if (!s.reads(key)) {
                            problems.add(what + " gets " + key + " from ConfigMap " + mapName + ", a setting " + s.name() + " does not read");
                        }
                    }
                }
                for (JsonNode env : c.path("env")) {
                    String variable = env.path("name").asString();
                    given.add(variable);
                    if (!s.reads(variable)) {
                        problems.add(what + " sets " + variable + ", a setting " + s.name() + " does not read");
                    }
                    JsonNode ref = env.path("valueFrom").path("configMapKeyRef");
                    if (!ref.isMissingNode() && !ref.path("optional").asBoolean(false)) {
                        JsonNode map = maps.get(ref.path("name").asString());
                        if (map == null || !map.path("data").has(ref.path("key").asString())) {
                            problems.add(what + " reads key " + ref.path("key").asString() + " of ConfigMap "
                                    + ref.path("name").asString() + ", which does not exist");
                        }
                    }
                }
                List<String> wanted = new ArrayList<>(needed);
                wanted.addAll(s.required());
                for (String variable : wanted) {
                    if (!given.contains(variable)) {
                        problems.add(what + " is not given " + variable);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * A consumer's replicas, fixed or as far as its HorizontalPodAutoscaler may go, are not more than the partitions
     * of a topic it reads: in a consumer group each partition has one reader, the others would idle.
     */
    static List<String> consumerReplicas(List<JsonNode> objects, List<ServiceConfig> services) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> partitions = new HashMap<>();
        ofKind(objects, "KafkaTopic").forEach(t -> partitions.put(topicName(t), t.path("spec").path("partitions").asInt(0)));
        for (ServiceConfig s : services) {
            for (String topic : s.consumed()) {
                Integer limit = partitions.get(topic);
                if (limit == null) {
                    continue;
                }
                for (JsonNode d : ofKind(objects, "Deployment")) {
                    if (s.name().equals(d.path("metadata").path("name").asString()) && d.path("spec").path("replicas").asInt(1) > limit) {
                        problems.add(Manifests.describe(d) + " has more replicas than " + topic + " has partitions (" + limit + ")");
                    }
                }
                for (JsonNode h : ofKind(objects, "HorizontalPodAutoscaler")) {
                    if (s.name().equals(h.path("spec").path("scaleTargetRef").path("name").asString())
                            && h.path("spec").path("maxReplicas").asInt() > limit) {
                        problems.add(Manifests.describe(h) + " may scale " + s.name() + " to " + h.path("spec").path("maxReplicas").asInt()
                                + " replicas, more than " + topic + " has partitions (" + limit + ")");
                    }
                }
            }
        }
        return problems;
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asString())).toList();
    }

    static String topicName(JsonNode kafkaTopic) {
        return kafkaTopic.path("spec").path("topicName").asString(kafkaTopic.path("metadata").path("name").asString());
    }

    private static String acl(String type, String name, String operation) {
        return type + ":" + name + ":" + operation;
    }

    private static void probe(List<String> problems, String what, JsonNode container, String probe, String path) {
        JsonNode get = container.path(probe).path("httpGet");
        if (get.isMissingNode()) {
            problems.add(what + " has no " + probe);
        } else if (!path.equals(get.path("path").asString(""))) {
            problems.add(what + " " + probe + " checks " + get.path("path").asString("(no path)") + ", not " + path);
        }
    }

    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.get(field) : pod.path(field);
    }
}
