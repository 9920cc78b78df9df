package cn.gov.zhangping.fertility.familysupport.birth.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.Validator;

import cn.gov.zhangping.fertility.contracts.application.ApplicationEventTypes;
import cn.gov.zhangping.fertility.contracts.application.SubMatterChangedV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthEventTypes;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegisteredV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationCancelledV1;
import cn.gov.zhangping.fertility.contracts.birth.BirthRegistrationCorrectedV1;
import cn.gov.zhangping.fertility.familysupport.birth.api.BirthRequests;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import cn.gov.zhangping.fertility.platform.testkit.TestTokens;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every event this service emits (registered, corrected, cancelled) is valid against the JSON Schema its
 * ce_dataschema names (networknt, draft 2020-12, formats asserted) and against the contract's record rules, and
 * carries no personal data.
 */
@QuarkusTest
class BirthEventContractTest {

    private static final String PATH = "/api/v1/birth-registrations";

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDialect(Dialects.getDraft202012(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Class<?>> RECORDS = Map.of(
            BirthEventTypes.REGISTERED_V1, BirthRegisteredV1.class,
            BirthEventTypes.CORRECTED_V1, BirthRegistrationCorrectedV1.class,
            BirthEventTypes.CANCELLED_V1, BirthRegistrationCancelledV1.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    private static String schema(String type) {
        String uri = BirthEventTypes.schemaOf(type);
        String resource = "/META-INF/resources/schemas/" + uri.substring(BirthEventTypes.SCHEMA_BASE.length());
        try (InputStream in = BirthEventContractTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theJointApplicationsSubMatterEventsMatchTheirSchemaAndRecordAndCarryNoPersonalData() throws Exception {
        Map<String, Object> body = BirthRequests.valid();
        body.put("motherInsured", true);
        String registrationId = given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON)
                .body(body).when().post(PATH).then().statusCode(201).extract().path("id");
        List<String> ids = given().header("Authorization", TestTokens.bearer("reader"))
                .queryParam("registrationId", registrationId).when().get("/api/v1/applications")
                .then().statusCode(200).extract().path("id");
        String applicationId = ids.get(0);
        List<ConsumerRecord<String, String>> records = TestKafka.read(ApplicationEventTypes.TOPIC, Duration.ofSeconds(30),
                        rs -> rs.stream().filter(r -> applicationId.equals(r.key())).count() >= 6)
                .stream().filter(r -> applicationId.equals(r.key())).toList();
        assertThat(records).hasSize(6);
        String type = ApplicationEventTypes.SUB_MATTER_CHANGED_V1;
        String uri = ApplicationEventTypes.schemaOf(type);
        String schema;
        try (InputStream in = BirthEventContractTest.class.getResourceAsStream(
                "/META-INF/resources/schemas/" + uri.substring(ApplicationEventTypes.SCHEMA_BASE.length()))) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ObjectMapper reader = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(TestKafka.header(record, "ce_type")).isEqualTo(type);
            assertThat(TestKafka.header(record, "ce_dataschema")).isEqualTo(uri);
            assertThat(SCHEMAS.getSchema(schema, InputFormat.JSON).validate(record.value(), InputFormat.JSON))
                    .as(record.value()).isEmpty();
            assertThat(validator.validate(reader.readValue(record.value(), SubMatterChangedV1.class))).isEmpty();
            assertThat(record.value()).doesNotContain((String) body.get("motherIdNumber")).doesNotContain("陈安")
                    .contains(registrationId);
        }
    }

    @Test
    void registeredCorrectedAndCancelledEventsMatchTheirSchemasAndRecords() throws Exception {
        Map<String, Object> body = BirthRequests.valid();
        String id = given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON)
                .body(body).when().post(PATH).then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON)
                .body(Map.of("changes", Map.of("townshipCode", "350881106", "communityCode", "350881106002",
                        "childName", "陈安宇", "hospital", "漳平市妇幼保健院"), "reason", "乡镇与姓名有误"))
                .when().post(PATH + "/" + id + "/corrections").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("registrar")).contentType(ContentType.JSON)
                .body(Map.of("reason", "REGISTERED_IN_ERROR", "note", "无此出生"))
                .when().post(PATH + "/" + id + "/cancellation").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TestKafka.read(BirthEventTypes.TOPIC, Duration.ofSeconds(30),
                        rs -> rs.stream().filter(r -> id.equals(r.key())).count() >= 3)
                .stream().filter(r -> id.equals(r.key())).toList();
        assertThat(records).extracting(r -> TestKafka.header(r, "ce_type"))
                .containsExactly(BirthEventTypes.REGISTERED_V1, BirthEventTypes.CORRECTED_V1, BirthEventTypes.CANCELLED_V1);

        ObjectMapper reader = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        int revision = 0;
        for (ConsumerRecord<String, String> record : records) {
            String type = TestKafka.header(record, "ce_type");
            assertThat(TestKafka.header(record, "ce_dataschema")).isEqualTo(BirthEventTypes.schemaOf(type));
            assertThat(TestKafka.header(record, "ce_source")).isEqualTo(BirthEventTypes.SOURCE);
            assertThat(TestKafka.header(record, "ce_subject")).isEqualTo(id);
            List<Error> errors = SCHEMAS.getSchema(schema(type), InputFormat.JSON).validate(record.value(), InputFormat.JSON);
            assertThat(errors).as(type + " " + record.value()).isEmpty();
            Object data = reader.readValue(record.value(), RECORDS.get(type));
            assertThat(validator.validate(data)).as(type + " " + record.value()).isEmpty();
            assertThat(record.value()).doesNotContain((String) body.get("motherIdNumber"))
                    .doesNotContain("陈安").doesNotContain("漳平市").doesNotContain("有误").doesNotContain("无此出生");
            JsonNode json = mapper.readTree(record.value());
            assertThat(json.path("revision").asInt()).isEqualTo(++revision);
        }
        JsonNode corrected = mapper.readTree(records.get(1).value());
        assertThat(corrected.path("townshipCode").asText()).isEqualTo("350881106");
        assertThat(corrected.path("changedFields")).extracting(JsonNode::asText)
                .containsExactly("townshipCode", "communityCode", "childName", "hospital");
        JsonNode cancelled = mapper.readTree(records.get(2).value());
        assertThat(cancelled.path("reason").asText()).isEqualTo("REGISTERED_IN_ERROR");
    }
}
