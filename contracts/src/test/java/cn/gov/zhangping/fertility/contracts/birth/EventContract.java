package cn.gov.zhangping.fertility.contracts.birth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import cn.gov.zhangping.fertility.platform.json.StrictJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The two readings of a birth event's data that must agree: its JSON Schema (networknt, draft 2020-12, formats as
 * assertions) and the Java record consumers read it into (Jackson as the services configure it: strict scalars,
 * unknown fields ignored; then Bean Validation).
 */
public final class EventContract {

    static final Map<String, Class<?>> RECORDS = Map.ofEntries(
            Map.entry(BirthEventTypes.REGISTERED_V1,
                    BirthRegisteredV1.class),
            Map.entry(BirthEventTypes.CORRECTED_V1,
                    BirthRegistrationCorrectedV1.class),
            Map.entry(BirthEventTypes.CANCELLED_V1,
                    BirthRegistrationCancelledV1.class),
            Map.entry(BirthEventTypes.REVIEWED_V1,
                    BirthRegistrationReviewedV1.class),
            Map.entry(cn.gov.zhangping.fertility.contracts.reference.CommunityEventTypes.CHANGED_V1,
                    cn.gov.zhangping.fertility.contracts.reference.CommunityChangedV1.class),
            Map.entry(cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes.ENROLMENT_CHANGED_V1,
                    cn.gov.zhangping.fertility.contracts.childcare.EnrolmentChangedV1.class),
            Map.entry(cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes.INSTITUTION_CHANGED_V1,
                    cn.gov.zhangping.fertility.contracts.childcare.InstitutionChangedV1.class),
            Map.entry(cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes.ZONE_CHANGED_V1,
                    cn.gov.zhangping.fertility.contracts.childcare.ZoneChangedV1.class),
            Map.entry(cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes.TRAINING_RECORDED_V1,
                    cn.gov.zhangping.fertility.contracts.childcare.TrainingRecordedV1.class),
            Map.entry(cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes.ROOM_CHANGED_V1,
                    cn.gov.zhangping.fertility.contracts.childcare.RoomChangedV1.class),
            Map.entry(cn.gov.zhangping.fertility.contracts.household.HouseholdEventTypes.STATUS_CHANGED_V1,
                    cn.gov.zhangping.fertility.contracts.household.HouseholdStatusChangedV1.class),
            Map.entry(cn.gov.zhangping.fertility.contracts.household.HouseholdEventTypes.REVIEW_COMPLETED_V1,
                    cn.gov.zhangping.fertility.contracts.household.HouseholdReviewCompletedV1.class),
            Map.entry(cn.gov.zhangping.fertility.contracts.benefit.BenefitEventTypes.PAYMENT_RECORDED_V1,
                    cn.gov.zhangping.fertility.contracts.benefit.PaymentRecordedV1.class));

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDialect(Dialects.getDraft202012(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final ObjectMapper MAPPER = mapper();
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private EventContract() {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        new StrictJson().customize(mapper);
        return mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** The resource name of a type's schema: {@code /META-INF/resources/schemas/birth.registered.v1.json}. */
    static String schemaResource(String type) {
        String uri = BirthEventTypes.schemaOf(type);
        return "/META-INF/resources/schemas/" + uri.substring(BirthEventTypes.SCHEMA_BASE.length());
    }

    static String schemaText(String resource) {
        try (InputStream in = EventContract.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the type's JSON Schema finds wrong with {@code json}; empty when it is valid. */
    public static List<String> schemaErrors(String type, String json) {
        Schema schema = SCHEMAS.getSchema(schemaText(schemaResource(type)), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** What a consumer reading {@code json} as the type's record finds wrong with it; empty when it is valid. */
    public static List<String> recordErrors(String type, String json) {
        Class<?> record = RECORDS.get(type);
        if (record == null) {
            return List.of("no record for " + type);
        }
        return recordErrors(record, json);
    }

    /** What a consumer reading {@code json} as {@code record} finds wrong with it; empty when it is valid. */
    public static List<String> recordErrors(Class<?> record, String json) {
        Object data;
        try {
            data = MAPPER.readValue(json, record);
        } catch (JsonProcessingException e) {
            return List.of("unreadable: " + e.getOriginalMessage());
        }
        if (data == null) {
            return List.of("null");
        }
        Set<? extends ConstraintViolation<?>> violations = VALIDATOR.validate(data);
        return violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().toList();
    }
}
