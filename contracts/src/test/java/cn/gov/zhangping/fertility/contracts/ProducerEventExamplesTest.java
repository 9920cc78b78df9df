package cn.gov.zhangping.fertility.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import cn.gov.zhangping.fertility.contracts.benefit.BenefitEventTypes;
import cn.gov.zhangping.fertility.contracts.birth.EventContract;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes;
import cn.gov.zhangping.fertility.contracts.household.HouseholdEventTypes;
import cn.gov.zhangping.fertility.contracts.reference.CommunityEventTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example events of each producer (examples/&lt;folder&gt;/index.json): every valid one passes the JSON Schema and
 * the Java record, every invalid one fails both and says why, its headers name the producer and the type's schema,
 * and each type has both kinds. A valid payment's split adds up to its amount.
 */
class ProducerEventExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A producer's examples folder, its {@code ce_source}, the types it publishes and where their schemas are. */
    record Producer(String folder, String source, List<String> types, UnaryOperator<String> schemaOf) {
        @Override
        public String toString() {
            return folder;
        }
    }

    static final List<Producer> PRODUCERS = List.of(
            new Producer("childcare-registry", ChildcareEventTypes.SOURCE,
                    List.of(CommunityEventTypes.CHANGED_V1, ChildcareEventTypes.ENROLMENT_CHANGED_V1,
                            ChildcareEventTypes.INSTITUTION_CHANGED_V1, ChildcarePlanningEventTypes.ZONE_CHANGED_V1,
                            ChildcarePlanningEventTypes.TRAINING_RECORDED_V1, ChildcarePlanningEventTypes.ROOM_CHANGED_V1),
                    ChildcareEventTypes::schemaOf),
            new Producer("household", HouseholdEventTypes.SOURCE, HouseholdEventTypes.ALL, HouseholdEventTypes::schemaOf),
            new Producer("benefit", BenefitEventTypes.SOURCE, BenefitEventTypes.ALL, BenefitEventTypes::schemaOf));

    static List<Arguments> examples() {
        List<Arguments> all = new ArrayList<>();
        for (Producer p : PRODUCERS) {
            read(p, "index.json").path("examples").forEach(f -> all.add(Arguments.of(p, f.asText(), read(p, f.asText()))));
        }
        return all;
    }

    static List<Producer> producers() {
        return PRODUCERS;
    }

    private static JsonNode read(Producer p, String file) {
        String path = "/examples/" + p.folder() + "/" + file;
        try (InputStream in = ProducerEventExamplesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("examples")
    void theSchemaAndTheRecordAgreeOnEveryExample(Producer producer, String file, JsonNode example) {
        String type = example.at("/headers/ce_type").asText();
        String data = example.path("data").toString();
        assertThat(producer.types()).contains(type);
        assertThat(example.at("/headers/ce_source").asText()).isEqualTo(producer.source());
        assertThat(example.at("/headers/ce_dataschema").asText()).isEqualTo(producer.schemaOf().apply(type));
        assertThat(example.path("key").asText()).isEqualTo(example.at("/headers/ce_subject").asText());
        if (example.path("valid").asBoolean()) {
            assertThat(EventContract.schemaErrors(type, data)).as("JSON Schema").isEmpty();
            assertThat(EventContract.recordErrors(type, data)).as("Java record").isEmpty();
            if (type.equals(BenefitEventTypes.PAYMENT_RECORDED_V1)) {
                long split = 0;
                for (JsonNode share : example.at("/data/split")) {
                    split += share.path("amountFen").asLong();
                }
                assertThat(split).as("the payers' shares add up to the amount").isEqualTo(example.at("/data/amountFen").asLong());
            }
        } else {
            assertThat(example.path("invalidBecause").asText()).isNotBlank();
            assertThat(EventContract.schemaErrors(type, data)).as("JSON Schema").isNotEmpty();
            assertThat(EventContract.recordErrors(type, data)).as("Java record").isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("producers")
    void everyTypeHasValidAndInvalidExamples(Producer producer) {
        List<JsonNode> examples = new ArrayList<>();
        read(producer, "index.json").path("examples").forEach(f -> examples.add(read(producer, f.asText())));
        for (String type : producer.types()) {
            for (boolean valid : new boolean[] {true, false}) {
                assertThat(examples).as("%s valid=%s", type, valid).anyMatch(e -> e.at("/headers/ce_type").asText().equals(type)
                        && e.path("valid").asBoolean() == valid);
            }
        }
    }
}
