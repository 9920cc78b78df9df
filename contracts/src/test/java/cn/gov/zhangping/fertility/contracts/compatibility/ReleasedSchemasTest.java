package cn.gov.zhangping.fertility.contracts.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compatibility gate. {@code released/} keeps each event schema as it was released; the schema published now
 * (under {@code META-INF/resources/schemas/}) may differ from it only by new optional properties. Anything else
 * fails the build: publish a new version instead.
 */
class ReleasedSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path resources(String dir) throws URISyntaxException {
        return Path.of(ReleasedSchemasTest.class.getResource("/" + dir).toURI());
    }

    private static List<String> names(String dir) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(resources(dir))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    static List<String> released() throws IOException, URISyntaxException {
        return names("released");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("released")
    void thePublishedSchemaIsAPurelyAdditiveChangeOfTheReleasedOne(String name) throws Exception {
        Path current = resources("META-INF/resources/schemas").resolve(name);
        assertThat(current).as("released schema " + name + " is still published (a released version is never "
                + "withdrawn)").exists();
        JsonNode released = JSON.readTree(resources("released").resolve(name).toFile());
        List<String> changes = SchemaCompatibility.breakingChanges(released, JSON.readTree(current.toFile()));
        assertThat(changes)
                .as("schemas/%s is not a purely additive change of released/%s (only new optional properties may be "
                        + "added within a version): %s. Publish a new version instead: a new event type and schema "
                        + "(…v2, schemas/…v2.json, on a new topic version) beside the released one, which stays as it is",
                        name, name, String.join("; ", changes))
                .isEmpty();
    }

    @Test
    void everyPublishedSchemaIsReleased() throws Exception {
        assertThat(released()).as("every schema under META-INF/resources/schemas/ has its released copy in released/ "
                        + "(add it there when the version is released)")
                .containsExactlyInAnyOrderElementsOf(names("META-INF/resources/schemas"));
    }
}
