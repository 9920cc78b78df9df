package cn.gov.zhangping.fertility.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each convention fails on a manifest that breaks it (the rendered dev overlay, broken on purpose). */
class ConventionsTest {

    private final List<ServiceConfig> services = ServiceConfig.all();
    private final List<JsonNode> objects = new ArrayList<>(Manifests.render("dev"));

    @Test
    void theUnbrokenOverlayHasNoProblems() {
        assertThat(Conventions.check(objects, services)).isEmpty();
    }

    // --- containers

    @Test
    void aMissingOrMisdirectedProbeFails() {
        Objects.container(objects, "benefit-service").remove("startupProbe");
        Objects.at(Objects.container(objects, "indicator-service"), "/readinessProbe/httpGet").put("path", "/q/health");

        assertThat(Conventions.containers(objects)).containsExactlyInAnyOrder(
                "Deployment benefit-service container benefit-service has no startupProbe",
                "Deployment indicator-service container indicator-service readinessProbe checks /q/health, not /q/health/ready");
    }

    @Test
    void aMissingLimitFails() {
        ((ObjectNode) Objects.container(objects, "benefit-service").at("/resources/limits")).remove("memory");

        assertThat(Conventions.containers(objects)).containsExactly(
                "Deployment benefit-service container benefit-service has no limits.memory");
    }

    @Test
    void aWeakerSecurityContextFails() {
        ObjectNode security = Objects.at(Objects.container(objects, "benefit-service"), "/securityContext");
        security.put("readOnlyRootFilesystem", false);
        security.remove("allowPrivilegeEscalation");
        Objects.at(security, "/capabilities").putArray("add").add("NET_ADMIN");
        security.remove("seccompProfile");
        Objects.at(Objects.find(objects, "Deployment", "benefit-service"), "/spec/template/spec/securityContext").remove("seccompProfile");
        security.put("runAsNonRoot", false);

        assertThat(Conventions.containers(objects)).hasSize(5).allSatisfy(p -> assertThat(p).startsWith("Deployment benefit-service"));
    }

    // --- topics

    @Test
    void aTopicWithoutItsDeadLetterTopicFails() {
        objects.remove(Objects.find(objects, "KafkaTopic", "fertility.birth-registrations.v1.dlq"));

        assertThat(Conventions.topics(objects, services)).contains(
                "benefit-service names topic fertility.birth-registrations.v1.dlq but there is no KafkaTopic for it",
                "family-support-service names topic fertility.birth-registrations.v1.dlq but there is no KafkaTopic for it");
    }

    @Test
    void aTopicAddedToAServicesConfigurationWithoutAKafkaTopicFails() {
        Properties own = new Properties();
        own.setProperty("quarkus.application.name", "benefit-service");
        own.setProperty("fertility.topics.names", "fertility.birth-registrations.v1,fertility.claims.v1");
        own.setProperty("mp.messaging.incoming.claims.connector", "smallrye-kafka");
        own.setProperty("mp.messaging.incoming.claims.topic", "fertility.claims.v1");
        ServiceConfig withNewTopic = ServiceConfig.read(own, new Properties());

        assertThat(Conventions.topics(objects, List.of(withNewTopic))).containsExactly(
                "benefit-service names topic fertility.claims.v1 but there is no KafkaTopic for it",
                "benefit-service names topic fertility.claims.v1.dlq but there is no KafkaTopic for it");
    }

    @Test
    void weakerReplicationOrAnUnsaidRetentionFails() {
        ObjectNode spec = Objects.at(Objects.find(objects, "KafkaTopic", "fertility.birth-registrations.v1"), "/spec");
        spec.put("replicas", 1);
        Objects.at(spec, "/config").put("min.insync.replicas", 1).remove("retention.ms");
        Objects.at(Objects.find(objects, "KafkaTopic", "fertility.birth-registrations.v1.dlq"), "/spec/config")
                .put("retention.ms", 604800000L);

        assertThat(Conventions.topics(objects, services)).containsExactlyInAnyOrder(
                "KafkaTopic fertility.birth-registrations.v1 has replication factor 1, not 3",
                "KafkaTopic fertility.birth-registrations.v1 has min.insync.replicas 1, not 2",
                "KafkaTopic fertility.birth-registrations.v1 does not say its retention (retention.ms)",
                "KafkaTopic fertility.birth-registrations.v1.dlq keeps dead letters 604800000 ms, not 30 days");
    }

    @Test
    void theServicesOwnTopicCreationSwitchedOnFails() {
        Objects.at(Objects.find(objects, "ConfigMap", "fertility-common"), "/data").put("FERTILITY_TOPICS_CREATE", "true");

        assertThat(Conventions.topics(objects, services)).containsExactly(
                "ConfigMap fertility-common switches the services' own topic creation on; Strimzi owns the topics");
    }

    // --- KafkaUsers

    @Test
    void aMissingAclFails() {
        ArrayNode operations = (ArrayNode) Objects.find(objects, "KafkaUser", "benefit-service").at("/spec/authorization/acls/2/operations");
        operations.removeAll();

        assertThat(Conventions.kafkaUsers(objects, services)).containsExactly(
                "KafkaUser benefit-service lacks ACLs [group:benefit-service:Read]");
    }

    @Test
    void anAclTheServiceDoesNotNeedFails() {
        ArrayNode acls = (ArrayNode) Objects.find(objects, "KafkaUser", "indicator-service").at("/spec/authorization/acls");
        ObjectNode write = acls.addObject();
        write.putObject("resource").put("type", "topic").put("name", "fertility.birth-registrations.v1").put("patternType", "literal");
        write.putArray("operations").add("Write");
        ObjectNode prefix = acls.addObject();
        prefix.putObject("resource").put("type", "topic").put("name", "fertility.").put("patternType", "prefix");
        prefix.putArray("operations").add("Read");

        assertThat(Conventions.kafkaUsers(objects, services)).containsExactly(
                "KafkaUser indicator-service has ACLs its service does not need "
                        + "[topic:fertility.:Read (prefix), topic:fertility.birth-registrations.v1:Write]");
    }

    @Test
    void aServiceWithoutAKafkaUserOrAUserWithoutAServiceFails() {
        ObjectNode user = Objects.find(objects, "KafkaUser", "benefit-service");
        Objects.at(user, "/metadata").put("name", "benefit");

        assertThat(Conventions.kafkaUsers(objects, services)).containsExactlyInAnyOrder(
                "benefit-service has no KafkaUser", "KafkaUser benefit belongs to no service");
    }

    // --- ConfigMap keys

    @Test
    void aSettingTheServiceNeedsButIsNotGivenFails() {
        Objects.at(Objects.find(objects, "ConfigMap", "fertility-common"), "/data").remove("KAFKA_BOOTSTRAP_SERVERS");

        assertThat(Conventions.configMapKeys(objects, services)).hasSize(4)
                .allSatisfy(p -> assertThat(p).endsWith("is not given KAFKA_BOOTSTRAP_SERVERS"));
    }

    @Test
    void aKeyNoServiceReadsFails() {
        Objects.at(Objects.find(objects, "ConfigMap", "benefit-service"), "/data").put("QUARKUS_DATASOURCE_JDBC_URI", "jdbc:postgresql://x/y");

        assertThat(Conventions.configMapKeys(objects, services)).containsExactly(
                "Deployment benefit-service container benefit-service gets QUARKUS_DATASOURCE_JDBC_URI from ConfigMap benefit-service, "
                        + "a setting benefit-service does not read");
    }

    @Test
    void aMissingConfigMapOrKeyFails() {
        objects.remove(Objects.find(objects, "ConfigMap", "indicator-service"));
        ObjectNode env = ((ArrayNode) Objects.container(objects, "benefit-service").at("/env")).addObject();
        env.put("name", "FERTILITY_OUTBOX_POLL_INTERVAL_MS");
        env.putObject("valueFrom").putObject("configMapKeyRef").put("name", "benefit-service").put("key", "outbox-poll");

        assertThat(Conventions.configMapKeys(objects, services)).contains(
                "Deployment indicator-service container indicator-service reads ConfigMap indicator-service, which does not exist",
                "Deployment benefit-service container benefit-service reads key outbox-poll of ConfigMap benefit-service, which does not exist");
    }

    @Test
    void aSettingTheServiceHasOnlyForTestsMustBeGiven() {
        ArrayNode env = (ArrayNode) Objects.container(objects, "family-support-service").at("/env");
        for (int i = env.size() - 1; i >= 0; i--) {
            if (env.get(i).path("name").asString().equals("FERTILITY_PII_INDEX_KEY")) {
                env.remove(i);
            }
        }

        assertThat(Conventions.configMapKeys(objects, services)).containsExactly(
                "Deployment family-support-service container family-support-service is not given FERTILITY_PII_INDEX_KEY");
    }

    // --- replicas and partitions

    @Test
    void moreConsumersThanPartitionsFails() {
        Objects.at(Objects.find(objects, "HorizontalPodAutoscaler", "benefit-service"), "/spec").put("maxReplicas", 6);
        Objects.at(Objects.find(objects, "Deployment", "indicator-service"), "/spec").put("replicas", 4);
        Objects.at(Objects.find(objects, "HorizontalPodAutoscaler", "family-support-service"), "/spec").put("maxReplicas", 6);

        // each topic either service reads has 3 partitions: one line per topic, for the two services made too wide
        assertThat(Conventions.consumerReplicas(objects, services))
                .contains("HorizontalPodAutoscaler benefit-service may scale benefit-service to 6 replicas, more than fertility.birth-registrations.v1 has partitions (3)",
                        "HorizontalPodAutoscaler benefit-service may scale benefit-service to 6 replicas, more than fertility.childcare-enrolments.v1 has partitions (3)",
                        "Deployment indicator-service has more replicas than fertility.birth-registrations.v1 has partitions (3)",
                        "Deployment indicator-service has more replicas than fertility.households.v1 has partitions (3)")
                .allMatch(line -> line.startsWith("HorizontalPodAutoscaler benefit-service ") || line.startsWith("Deployment indicator-service "));
    }

    // --- what the checks are derived from

    @Test
    void theServicesTopicsComeFromTheirConfiguration() {
        assertThat(services).extracting(ServiceConfig::name).containsExactly(
                "benefit-service", "childcare-registry-service", "family-support-service", "indicator-service");
        ServiceConfig family = services.stream().filter(s -> s.name().equals("family-support-service")).findFirst().orElseThrow();
        ServiceConfig benefit = services.stream().filter(s -> s.name().equals("benefit-service")).findFirst().orElseThrow();

        assertThat(family.produced()).containsExactlyInAnyOrder("fertility.birth-registrations.v1", "fertility.applications.v1",
                "fertility.households.v1");
        assertThat(family.consumed()).containsExactly("fertility.communities.v1");
        assertThat(family.required()).containsExactly("FERTILITY_PII_ENCRYPTION_KEY", "FERTILITY_PII_INDEX_KEY");
        assertThat(benefit.produced()).containsExactly("fertility.benefit-payments.v1");
        assertThat(benefit.channels()).containsExactly(new ServiceConfig.Channel("birth-registrations",
                "fertility.birth-registrations.v1", "fertility.birth-registrations.v1.dlq", "benefit-service"),
                new ServiceConfig.Channel("childcare-enrolments", "fertility.childcare-enrolments.v1",
                        "fertility.childcare-enrolments.v1.dlq", "benefit-service"),
                new ServiceConfig.Channel("households", "fertility.households.v1", "fertility.households.v1.dlq",
                        "benefit-service"));
        assertThat(benefit.reads("FERTILITY_TOPICS_CREATE")).isTrue();
        assertThat(benefit.reads("KAFKA_SSL_TRUSTSTORE_LOCATION")).isTrue();
        assertThat(benefit.reads("FERTILITY_TOPIC_CREATE")).isFalse();
        assertThat(Set.copyOf(benefit.topics())).containsExactlyInAnyOrder("fertility.birth-registrations.v1",
                "fertility.childcare-enrolments.v1", "fertility.benefit-payments.v1", "fertility.households.v1");
    }
}
