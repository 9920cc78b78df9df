package cn.gov.zhangping.fertility.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every overlay, rendered as Kubernetes receives it, is valid against the schemas and keeps the conventions. */
class OverlaysTest {

    static Stream<String> overlays() {
        return Manifests.overlays().stream();
    }

    @Test
    void thereAreADevAndAProductionOverlay() {
        assertThat(Manifests.overlays()).contains("dev", "production");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectMatchesTheKubernetesOrCrdSchemaOfItsKind(String overlay) {
        List<JsonNode> objects = Manifests.render(overlay);
        KubernetesSchemas schemas = KubernetesSchemas.load();
        List<String> problems = new ArrayList<>();
        objects.forEach(o -> problems.addAll(schemas.validate(o)));

        Map<String, Integer> counts = Manifests.countByKind(objects);
        System.out.printf("overlay %s: %d objects %s%n", overlay, objects.size(), counts);
        assertThat(problems).isEmpty();
        assertThat(counts).containsKeys("Namespace", "Deployment", "Service", "ConfigMap", "PodDisruptionBudget",
                "HorizontalPodAutoscaler", "NetworkPolicy", "ServiceMonitor", "Kafka", "KafkaNodePool", "KafkaTopic",
                "KafkaUser", "Cluster");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theSuitesConventionsHold(String overlay) {
        assertThat(Conventions.check(Manifests.render(overlay), ServiceConfig.all())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everythingLivesInTheOverlaysNamespace(String overlay) {
        List<JsonNode> objects = Manifests.render(overlay);
        String namespace = Conventions.ofKind(objects, "Namespace").get(0).path("metadata").path("name").asString();
        for (JsonNode o : objects) {
            if (!"Namespace".equals(o.path("kind").asString())) {
                assertThat(o.path("metadata").path("namespace").asString("")).as(Manifests.describe(o)).isEqualTo(namespace);
            }
        }
    }

    @Test
    void devRunsOneReplicaOfEachServiceAndOneDatabaseInstance() {
        List<JsonNode> objects = Manifests.render("dev");
        Conventions.ofKind(objects, "Deployment").forEach(d ->
                assertThat(d.path("spec").path("replicas").asInt()).as(Manifests.describe(d)).isEqualTo(1));
        Conventions.ofKind(objects, "HorizontalPodAutoscaler").forEach(h ->
                assertThat(h.path("spec").path("minReplicas").asInt()).as(Manifests.describe(h)).isEqualTo(1));
        Conventions.ofKind(objects, "Cluster").forEach(c ->
                assertThat(c.path("spec").path("instances").asInt()).as(Manifests.describe(c)).isEqualTo(1));
    }

    @Test
    void productionRunsAtLeastTwoReplicasSpreadOverNodesWithHigherLimitsAndBackedUpDatabases() {
        List<JsonNode> production = Manifests.render("production");
        List<JsonNode> dev = Manifests.render("dev");
        for (JsonNode d : Conventions.ofKind(production, "Deployment")) {
            JsonNode pod = d.path("spec").path("template").path("spec");
            assertThat(d.path("spec").path("replicas").asInt()).as(Manifests.describe(d)).isGreaterThanOrEqualTo(2);
            assertThat(pod.path("topologySpreadConstraints").findValuesAsString("topologyKey")).as(Manifests.describe(d))
                    .contains("kubernetes.io/hostname");
            JsonNode devPod = Conventions.ofKind(dev, "Deployment").stream()
                    .filter(x -> x.path("metadata").path("name").equals(d.path("metadata").path("name"))).findFirst().orElseThrow()
                    .path("spec").path("template").path("spec");
            assertThat(memoryMi(pod.path("containers").get(0))).as(Manifests.describe(d))
                    .isGreaterThan(memoryMi(devPod.path("containers").get(0)));
        }
        Conventions.ofKind(production, "HorizontalPodAutoscaler").forEach(h ->
                assertThat(h.path("spec").path("minReplicas").asInt()).as(Manifests.describe(h)).isGreaterThanOrEqualTo(2));
        for (JsonNode c : Conventions.ofKind(production, "Cluster")) {
            assertThat(c.path("spec").path("instances").asInt()).as(Manifests.describe(c)).isEqualTo(3);
            assertThat(c.path("spec").path("plugins").findValuesAsString("barmanObjectName")).as(Manifests.describe(c))
                    .containsExactly("fertility-backups");
        }
        assertThat(Conventions.ofKind(production, "ScheduledBackup")).hasSameSizeAs(Conventions.ofKind(production, "Cluster"));
        assertThat(Conventions.ofKind(production, "ObjectStore")).hasSize(1);
    }

    private static long memoryMi(JsonNode container) {
        String limit = container.path("resources").path("limits").path("memory").asString();
        return limit.endsWith("Gi") ? Long.parseLong(limit.replace("Gi", "")) * 1024 : Long.parseLong(limit.replace("Mi", ""));
    }
}
