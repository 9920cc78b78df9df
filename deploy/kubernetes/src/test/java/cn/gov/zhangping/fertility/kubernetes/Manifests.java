package cn.gov.zhangping.fertility.kubernetes;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The manifests as Kubernetes would receive them: each overlay rendered with {@code kubectl kustomize}, parsed into
 * one JSON tree per object. kubectl is the only tool needed; where it is missing the rendering tests are skipped
 * with a message, except in CI (the {@code CI} variable set), where they fail, because CI must render.
 */
final class Manifests {

    static final Path REPO = Path.of(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();
    static final Path DIR = Path.of(System.getProperty("manifests.dir", ".")).toAbsolutePath().normalize();
    static final YAMLMapper YAML = new YAMLMapper();

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** The overlays: every folder under overlays/ with a kustomization.yaml. */
    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(DIR.resolve("overlays"))) {
            return dirs.filter(d -> Files.exists(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The objects of an overlay, rendered once per test JVM; each call returns fresh copies to change at will. */
    static List<JsonNode> render(String overlay) {
        List<JsonNode> objects = RENDERED.computeIfAbsent(overlay, Manifests::kustomize);
        return objects.stream().map(JsonNode::deepCopy).toList();
    }

    /** Object counts by kind, sorted by kind. */
    static Map<String, Integer> countByKind(List<JsonNode> objects) {
        Map<String, Integer> counts = new TreeMap<>();
        objects.forEach(o -> counts.merge(o.path("kind").asString(), 1, Integer::sum));
        return counts;
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    objects.add(doc);
                }
            }
        }
        return objects;
    }

    static String describe(JsonNode object) {
        return object.path("kind").asString() + " " + object.path("metadata").path("name").asString();
    }

    private static List<JsonNode> kustomize(String overlay) {
        String kubectl = kubectl();
        Path dir = DIR.resolve("overlays").resolve(overlay);
        try {
            Process p = new ProcessBuilder(kubectl, "kustomize", dir.toString()).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed:\n" + err);
            }
            return parse(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kubectl from KUBECTL, else the PATH; skips the calling test (fails it in CI) when there is none. */
    private static String kubectl() {
        String configured = System.getenv("KUBECTL");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        } else {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                candidates.add(Path.of(dir, "kubectl"));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String message = "kubectl not found (" + (configured != null && !configured.isBlank() ? "KUBECTL=" + configured : "PATH")
                + "): the Kubernetes overlays cannot be rendered";
        if (System.getenv("CI") != null) {
            fail(message + "; CI must have it (.ci/run checks for it)");
        }
        Assumptions.abort(message + "; install kubectl to run these checks");
        return null;
    }
}
