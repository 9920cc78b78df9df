package cn.gov.zhangping.fertility.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The schema check fails on what the API server would refuse, and passes what it accepts. */
class SchemaValidationTest {

    private final KubernetesSchemas schemas = KubernetesSchemas.load();
    private final List<JsonNode> objects = Manifests.render("dev");

    @Test
    void anUnknownFieldInABuiltInKindFails() {
        ObjectNode deployment = Objects.find(objects, "Deployment", "benefit-service");
        Objects.container(objects, "benefit-service").put("imagePullPolicies", "Always");

        assertThat(schemas.validate(deployment)).singleElement().asString()
                .contains("Deployment benefit-service", "imagePullPolicies");
    }

    @Test
    void aValueOfTheWrongTypeFails() {
        ObjectNode deployment = Objects.find(objects, "Deployment", "benefit-service");
        Objects.at(deployment, "/spec").put("replicas", "two");

        assertThat(schemas.validate(deployment)).isNotEmpty().allSatisfy(p -> assertThat(p).contains("replicas"));
    }

    @Test
    void aMissingRequiredFieldFails() {
        ObjectNode service = Objects.find(objects, "Service", "benefit-service");
        ((ObjectNode) Objects.at(service, "/spec/ports/0")).remove("port");

        assertThat(schemas.validate(service)).isNotEmpty().anySatisfy(p -> assertThat(p).contains("port"));
    }

    @Test
    void anUnknownFieldInMetadataFails() {
        ObjectNode topic = Objects.find(objects, "KafkaTopic", "fertility.birth-registrations.v1");
        Objects.at(topic, "/metadata").putObject("lables").put("app", "x");

        assertThat(schemas.validate(topic)).singleElement().asString().contains("lables");
    }

    @Test
    void anUnknownFieldInACustomResourceFails() {
        ObjectNode topic = Objects.find(objects, "KafkaTopic", "fertility.birth-registrations.v1");
        Objects.at(topic, "/spec").put("replicationFactor", 3);
        ObjectNode user = Objects.find(objects, "KafkaUser", "benefit-service");
        Objects.at(user, "/spec/authorization/acls/0").put("operation", "Read");
        ObjectNode cluster = Objects.find(objects, "Cluster", "benefit-db");
        Objects.at(cluster, "/spec").put("instance", 2);
        ObjectNode monitor = Objects.find(objects, "ServiceMonitor", "benefit-service");
        Objects.at(monitor, "/spec/endpoints/0").put("metricsPath", "/q/metrics");
        ObjectNode kafka = Objects.find(objects, "Kafka", "fertility");
        Objects.at(kafka, "/spec/kafka").put("replicas", 3);

        assertThat(schemas.validate(topic)).singleElement().asString().contains("replicationFactor");
        assertThat(schemas.validate(user)).isNotEmpty().anySatisfy(p -> assertThat(p).contains("operation"));
        assertThat(schemas.validate(cluster)).singleElement().asString().contains("instance");
        assertThat(schemas.validate(monitor)).singleElement().asString().contains("metricsPath");
        assertThat(schemas.validate(kafka)).singleElement().asString().contains("replicas");
    }

    @Test
    void aValueOutsideAnEnumFails() {
        ObjectNode user = Objects.find(objects, "KafkaUser", "benefit-service");
        Objects.at(user, "/spec/authentication").put("type", "plain");

        assertThat(schemas.validate(user)).isNotEmpty().anySatisfy(p -> assertThat(p).contains("type"));
    }

    @Test
    void aKindWithoutAPinnedSchemaFails() {
        ObjectNode ingress = Objects.find(objects, "Service", "benefit-service").deepCopy();
        ingress.put("apiVersion", "traefik.io/v1alpha1").put("kind", "IngressRoute");

        assertThat(schemas.validate(ingress)).singleElement().asString().contains("no schema for traefik.io/v1alpha1 IngressRoute");
    }

    @Test
    void intOrStringAndQuantityFieldsTakeANumberOrAString() {
        ObjectNode deployment = Objects.find(objects, "Deployment", "benefit-service");
        ObjectNode container = Objects.container(objects, "benefit-service");
        Objects.at(container, "/livenessProbe/httpGet").put("port", 8080);
        Objects.at(container, "/resources/limits").put("cpu", 1);
        Objects.at(deployment, "/spec/strategy/rollingUpdate").put("maxUnavailable", "25%");

        assertThat(schemas.validate(deployment)).isEmpty();
    }

    @Test
    void theExamplesTheReadmeShowsAreValidToo() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Manifests.DIR.resolve("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode o : Manifests.parse(Files.readString(file))) {
                    problems.addAll(schemas.validate(o));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void fieldsThatKeepUnknownContentAcceptIt() {
        // Strimzi's Kafka broker config is free-form (x-kubernetes-preserve-unknown-fields)
        ObjectNode kafka = Objects.find(objects, "Kafka", "fertility");
        Objects.at(kafka, "/spec/kafka/config").put("log.retention.check.interval.ms", 300000);

        assertThat(schemas.validate(kafka)).isEmpty();
    }
}
