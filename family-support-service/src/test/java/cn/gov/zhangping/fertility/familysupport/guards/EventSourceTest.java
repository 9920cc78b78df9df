package cn.gov.zhangping.fertility.familysupport.guards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.contracts.reference.CommunityEventTypes;
import cn.gov.zhangping.fertility.familysupport.community.CommunityRegister;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The trust boundary on the community topic: only childcare-registry-service produces it, so a community event
 * whose {@code ce_source} is any other service (here this one's own) is dead-lettered and applies nothing.
 */
@QuarkusTest
class EventSourceTest {

    private static final String TOWNSHIP = "350881110";

    @Inject
    CommunityRegister register;

    @Test
    void aCommunityEventFromAnotherProducerIsDeadLetteredAndNotApplied() {
        String code = TOWNSHIP + "001";
        String data = """
                {"communityCode":"%s","townshipCode":"%s","name":"西园村","areaType":"RURAL",
                 "populations":[{"year":2025,"residents":1500}],"revision":1,"changedAt":"2026-11-30T08:00:00Z"}"""
                .formatted(code, TOWNSHIP);
        TestKafka.send(CommunityEventTypes.TOPIC, code, data, TestKafka.cloudEvent(UUID.randomUUID().toString(),
                CommunityEventTypes.CHANGED_V1, "/family-support-service", code));

        List<ConsumerRecord<String, String>> dead = TestKafka.read(CommunityEventTypes.DEAD_LETTER_TOPIC,
                Duration.ofSeconds(30), rs -> rs.stream().anyMatch(r -> code.equals(r.key())));
        assertThat(TestKafka.deadLetterReason(dead, code))
                .contains("unexpected event source /family-support-service")
                .contains("only /childcare-registry-service produces it");
        assertThat(dead.stream().filter(r -> code.equals(r.key()))
                .map(r -> TestKafka.header(r, "dead-letter-consumer-group"))).containsOnly("family-support-service");
        // nothing applied: the township still has no register, so any well-formed code of it is admitted
        assertThat(register.admits(TOWNSHIP, TOWNSHIP + "999")).isTrue();
    }
}
