package cn.gov.zhangping.fertility.indicator.topics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.zhangping.fertility.platform.testkit.BirthRegisteredEvents;
import cn.gov.zhangping.fertility.platform.testkit.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The topics a service creates keep their records as long as the suite needs them. */
@QuarkusTest
class TopicRetentionTest {

    @Test
    void theBirthTopicKeepsItsRecordsForEverAndItsDeadLettersThirtyDays() {
        assertThat(TestKafka.topicConfig(BirthRegisteredEvents.TOPIC, "retention.ms")).isEqualTo("-1");
        assertThat(TestKafka.topicConfig(BirthRegisteredEvents.DEAD_LETTER_TOPIC, "retention.ms"))
                .isEqualTo(String.valueOf(30L * 24 * 60 * 60 * 1000));
    }
}
