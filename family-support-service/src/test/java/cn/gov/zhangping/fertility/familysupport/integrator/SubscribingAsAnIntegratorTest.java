package cn.gov.zhangping.fertility.familysupport.integrator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * "Subscribing as an integrator" (README) done the way the README says, knowing nothing but the topic name and
 * what each record says about itself: a plain Kafka consumer reads fertility.birth-registrations.v1 from the start,
 * fetches the JSON Schema named by each record's ce_dataschema (its path, on the service's base URL) and validates
 * the record's value against it with an off-the-shelf JSON Schema validator. No class of this service or of the
 * contracts module is used.
 */
@QuarkusTest
class SubscribingAsAnIntegratorTest {

    private static final String TOPIC = "fertility.birth-registrations.v1";

    @TestHTTPResource("/")
    URL service;

    private final HttpClient http = HttpClient.newHttpClient();
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> byUri = new HashMap<>();

    private Schema schema(String dataSchema) throws Exception {
        Schema known = byUri.get(dataSchema);
        if (known != null) {
            return known;
        }
        URI published = URI.create(service.toString()).resolve(URI.create(dataSchema).getPath());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(published).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + published).isEqualTo(200);
        Schema schema = schemas.getSchema(response.body(), InputFormat.JSON);
        byUri.put(dataSchema, schema);
        return schema;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String registrar() {
        return TestTokens.bearer("registrar");
    }

    @Test
    void aPlainConsumerReadsEveryEventOfTheTopicAndValidatesItAgainstItsPublishedSchema() throws Exception {
        String id = given().header("Authorization", registrar()).contentType(ContentType.JSON).body(BirthRequests.valid())
                .when().post("/api/v1/birth-registrations").then().statusCode(201).extract().path("id");
        given().header("Authorization", registrar()).contentType(ContentType.JSON)
                .body(Map.of("changes", Map.of("birthOrder", 3), "reason", "出生顺位核对"))
                .when().post("/api/v1/birth-registrations/" + id + "/corrections").then().statusCode(200);
        given().header("Authorization", registrar()).contentType(ContentType.JSON)
                .body(Map.of("reason", "REGISTERED_IN_ERROR", "note", "核查无此出生"))
                .when().post("/api/v1/birth-registrations/" + id + "/cancellation").then().statusCode(200);

        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "integrator-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> typesOfOurs = new ArrayList<>();
        Set<String> types = new HashSet<>();
        int read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (typesOfOurs.size() < 3 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    read++;
                    String dataSchema = header(record, "ce_dataschema");
                    assertThat(dataSchema).as("ce_dataschema of the record at offset " + record.offset()).isNotBlank();
                    assertThat(schema(dataSchema).validate(record.value(), InputFormat.JSON))
                            .as(header(record, "ce_type") + " " + record.value()).isEmpty();
                    assertThat(header(record, "ce_subject")).isEqualTo(record.key());
                    types.add(header(record, "ce_type"));
                    if (id.equals(record.key())) {
                        typesOfOurs.add(header(record, "ce_type"));
                    }
                }
            }
        }
        assertThat(typesOfOurs).containsExactly("cn.gov.zhangping.fertility.birth.registered.v1",
                "cn.gov.zhangping.fertility.birth.registration-corrected.v1",
                "cn.gov.zhangping.fertility.birth.registration-cancelled.v1");
        System.out.println("integrator: validated " + read + " records of " + types.size() + " types against their published schemas");
    }
}
