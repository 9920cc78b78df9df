package cn.gov.zhangping.fertility.contracts.birth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.gov.zhangping.fertility.contracts.birth.BirthEventExamples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one set of example events is what makes the producer and the consumers agree: every valid example passes both
 * the JSON Schema and the Java record's rules, and every invalid one fails both.
 */
class BirthEventExamplesTest {

    static List<Example> valid() {
        return BirthEventExamples.all().stream().filter(Example::valid).toList();
    }

    static List<Example> invalid() {
        return BirthEventExamples.all().stream().filter(e -> !e.valid()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void aValidExamplePassesTheSchemaAndTheRecord(Example example) {
        String data = example.data().toString();
        assertThat(EventContract.schemaErrors(example.type(), data)).as("JSON Schema").isEmpty();
        assertThat(EventContract.recordErrors(example.type(), data)).as("Java record").isEmpty();
        assertThat(example.key()).isEqualTo(example.headers().path("ce_subject").asText())
                .isEqualTo(example.data().path("registrationId").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void anInvalidExampleFailsTheSchemaAndTheRecordAndSaysWhy(Example example) {
        String data = example.data().toString();
        assertThat(example.invalidBecause()).as("invalidBecause").isNotBlank();
        assertThat(EventContract.schemaErrors(example.type(), data)).as("JSON Schema").isNotEmpty();
        assertThat(EventContract.recordErrors(example.type(), data)).as("Java record").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.gov.zhangping.fertility.contracts.birth.BirthEventExamples#all")
    void everyExampleIsARecordOfTheBirthTopicWithItsCloudEventHeaders(Example example) {
        var h = example.headers();
        assertThat(BirthEventTypes.ALL).contains(example.type());
        assertThat(h.path("ce_specversion").asText()).isEqualTo("1.0");
        assertThat(h.path("ce_source").asText()).isEqualTo(BirthEventTypes.SOURCE);
        assertThat(h.path("ce_dataschema").asText()).isEqualTo(BirthEventTypes.schemaOf(example.type()));
        assertThat(h.path("content-type").asText()).isEqualTo("application/json");
        assertThat(h.path("ce_id").asText()).isNotBlank();
        assertThat(h.path("ce_time").asText()).isNotBlank();
        assertThat(example.key()).isNotBlank();
    }

    @Test
    void everyTypeHasValidAndInvalidExamples() {
        for (String type : BirthEventTypes.ALL) {
            assertThat(valid()).as("valid examples of " + type).anyMatch(e -> e.type().equals(type));
            assertThat(invalid()).as("invalid examples of " + type).anyMatch(e -> e.type().equals(type));
        }
    }

    @Test
    void theIndexListsEveryExampleFileOnceAndNothingElse() throws IOException, URISyntaxException {
        Path root = Path.of(BirthEventExamples.class.getResource(BirthEventExamples.ROOT + "index.json").toURI()).getParent();
        List<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("index.json")).sorted().toList();
        }
        assertThat(BirthEventExamples.indexed()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).allMatch(f -> f.startsWith("valid/") == BirthEventExamples.example(f).valid(),
                "valid/ holds the valid examples and invalid/ the invalid ones");
    }
}
