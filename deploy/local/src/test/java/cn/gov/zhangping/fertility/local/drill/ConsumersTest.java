package cn.gov.zhangping.fertility.local.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ConsumersTest {

    @Test
    void theLagIsCountedOnTheTopicsAGroupReadsNotOnItsDeadLetterTopics() {
        Properties config = new Properties();
        config.setProperty("mp.messaging.incoming.birth-registrations.topic", "fertility.birth-registrations.v1");
        config.setProperty("mp.messaging.incoming.birth-registrations.dead-letter-queue.topic",
                "fertility.birth-registrations.v1.dlq");
        config.setProperty("mp.messaging.incoming.households.topic", "fertility.households.v1");
        config.setProperty("mp.messaging.outgoing.payments.topic", "fertility.benefit-payments.v1");

        assertEquals(List.of("fertility.birth-registrations.v1", "fertility.households.v1"), Consumers.incomingTopics(config));
    }

    @Test
    void everyConsumerOfTheBirthTopicReadsItAndNoDeadLetterTopic() throws IOException {
        Path repo = Path.of("").toAbsolutePath().getParent().getParent();
        for (Consumers.Consumer c : Consumers.ALL) {
            Properties config = new Properties();
            try (Reader in = Files.newBufferedReader(repo.resolve(c.service()).resolve("src/main/resources/application.properties"))) {
                config.load(in);
            }
            List<String> topics = Consumers.incomingTopics(config);
            assertTrue(topics.contains("fertility.birth-registrations.v1"), c.service() + ": " + topics);
            assertTrue(topics.stream().noneMatch(t -> t.endsWith(".dlq")), c.service() + ": " + topics);
        }
    }
}
