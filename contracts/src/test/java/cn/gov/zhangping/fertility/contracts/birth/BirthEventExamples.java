package cn.gov.zhangping.fertility.contracts.birth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The example events of the birth topic, read from the classpath ({@code examples/birth/index.json} and the files it
 * lists), the same resources the consumers' tests read.
 */
final class BirthEventExamples {

    static final String ROOT = "/examples/birth/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One example: its file, whether every consumer must accept it, why not if not, its key, headers and data. */
    record Example(String file, boolean valid, String invalidBecause, String key, JsonNode headers, JsonNode data) {

        String type() {
            return headers.path("ce_type").asText();
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private BirthEventExamples() {
    }

    static List<String> indexed() {
        List<String> files = new ArrayList<>();
        read("index.json").path("examples").forEach(f -> files.add(f.asText()));
        return files;
    }

    static List<Example> all() {
        return indexed().stream().map(BirthEventExamples::example).toList();
    }

    static Example example(String file) {
        JsonNode e = read(file);
        return new Example(file, e.path("valid").asBoolean(), e.path("invalidBecause").asText(null),
                e.path("key").asText(null), e.path("headers"), e.path("data"));
    }

    static JsonNode read(String file) {
        try (InputStream in = BirthEventExamples.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException(ROOT + file + " is missing");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
