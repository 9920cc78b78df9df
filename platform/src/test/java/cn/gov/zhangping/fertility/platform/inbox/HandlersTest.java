package cn.gov.zhangping.fertility.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import cn.gov.zhangping.fertility.platform.events.PoisonEventException;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class HandlersTest {

    record A(String a) {
    }

    record B(String b) {
    }

    private static final String SOURCE = "/producer-service";
    private final Handlers handlers = Handlers.from(SOURCE)
            .on("t.a.v1", A.class, a -> { })
            .on("t.b.v1", B.class, b -> { });
    private final Inbox inbox = new Inbox(new ObjectMapper());

    private static ConsumerRecord<String, String> record(String type, String source) {
        RecordHeaders headers = new RecordHeaders();
        TestKafka.cloudEvent("e-1", type, source, "k").forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>("topic.v1", 0, 7, 0L, TimestampType.CREATE_TIME, -1, -1, "k", "{\"a\":\"x\"}",
                headers, Optional.empty());
    }

    @Test
    void aChannelKnowsItsSourceAndItsTypesInOrder() {
        assertThat(handlers.source()).isEqualTo(SOURCE);
        assertThat(handlers.types()).containsExactly("t.a.v1", "t.b.v1");
        assertThat(handlers.handlerOf("t.b.v1").dataType()).isEqualTo(B.class);
        assertThat(handlers.handlerOf("t.c.v1")).isNull();
    }

    @Test
    void eachTypeHasOneHandlerAndTheSourceIsRequired() {
        assertThatThrownBy(() -> handlers.on("t.a.v1", A.class, a -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Handlers.from(" ")).isInstanceOf(IllegalArgumentException.class);
        // on() leaves the handlers it was called on as they were
        Handlers more = handlers.on("t.c.v1", A.class, a -> { });
        assertThat(more.types()).hasSize(3);
        assertThat(handlers.types()).hasSize(2);
    }

    @Test
    void aTypeWithoutAHandlerIsPoison() {
        assertThatThrownBy(() -> inbox.receive(record("t.a.v2", SOURCE), handlers))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageStartingWith("unsupported event type t.a.v2 on topic.v1")
                .hasMessageContaining("t.a.v1, t.b.v1");
    }

    @Test
    void anEventFromAnotherSourceIsPoisonWhateverItsType() {
        assertThatThrownBy(() -> inbox.receive(record("t.a.v1", "/someone-else"), handlers))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageStartingWith("unexpected event source /someone-else on topic.v1")
                .hasMessageContaining(SOURCE);
    }
}
