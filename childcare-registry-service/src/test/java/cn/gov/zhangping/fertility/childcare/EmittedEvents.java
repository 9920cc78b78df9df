package cn.gov.zhangping.fertility.childcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The events this service published for a key, each checked against the JSON Schema its ce_dataschema names. */
public final class EmittedEvents {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDialect(Dialects.getDraft202012(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private EmittedEvents() {
    }

    /** Waits for {@code count} records with the key on the topic, checks them and returns them in order. */
    public static List<ConsumerRecord<String, String>> of(String topic, String key, int count) {
        List<ConsumerRecord<String, String>> records = TestKafka.read(topic, Duration.ofSeconds(20),
                rs -> rs.stream().filter(r -> key.equals(r.key())).count() >= count).stream()
                .filter(r -> key.equals(r.key())).toList();
        assertThat(records).as("events with key %s on %s", key, topic).hasSize(count);
        for (ConsumerRecord<String, String> r : records) {
            String schemaUri = TestKafka.header(r, "ce_dataschema");
            assertThat(TestKafka.header(r, "ce_source")).isEqualTo("/childcare-registry-service");
            Schema schema = SCHEMAS.getSchema(schemaText(schemaUri), InputFormat.JSON);
            assertThat(schema.validate(r.value(), InputFormat.JSON)).as("%s against %s", r.value(), schemaUri).isEmpty();
        }
        return records;
    }

    private static String schemaText(String uri) {
        String resource = "/META-INF/resources/schemas/" + uri.substring(uri.lastIndexOf('/') + 1);
        try (InputStream in = EmittedEvents.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
