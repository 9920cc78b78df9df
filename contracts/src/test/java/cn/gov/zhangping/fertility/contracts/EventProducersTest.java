package cn.gov.zhangping.fertility.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.zhangping.fertility.contracts.application.ApplicationEventTypes;
import cn.gov.zhangping.fertility.contracts.benefit.BenefitEventTypes;
import cn.gov.zhangping.fertility.contracts.birth.BirthEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcareEventTypes;
import cn.gov.zhangping.fertility.contracts.childcare.ChildcarePlanningEventTypes;
import cn.gov.zhangping.fertility.contracts.household.HouseholdEventTypes;
import cn.gov.zhangping.fertility.contracts.reference.CommunityEventTypes;
import cn.gov.zhangping.fertility.platform.inbox.EventProducers;
import org.junit.jupiter.api.Test;

/** The trust boundary's topic → producer list agrees with the contract classes and with the AsyncAPI document. */
class EventProducersTest {

    @Test
    void eachTopicHasTheProducerItsContractNames() {
        assertThat(EventProducers.all()).isEqualTo(Map.of(
                BirthEventTypes.TOPIC, BirthEventTypes.SOURCE,
                ApplicationEventTypes.TOPIC, ApplicationEventTypes.SOURCE,
                HouseholdEventTypes.TOPIC, HouseholdEventTypes.SOURCE,
                CommunityEventTypes.TOPIC, CommunityEventTypes.SOURCE,
                ChildcareEventTypes.INSTITUTIONS_TOPIC, ChildcareEventTypes.SOURCE,
                ChildcareEventTypes.ENROLMENTS_TOPIC, ChildcareEventTypes.SOURCE,
                ChildcarePlanningEventTypes.TOPIC, ChildcareEventTypes.SOURCE,
                BenefitEventTypes.PAYMENTS_TOPIC, BenefitEventTypes.SOURCE));
    }

    @Test
    void everyChannelOfTheAsyncApiDocumentHasAProducer() throws IOException {
        String document = Files.readString(Path.of("src/main/resources/META-INF/resources/asyncapi.yaml"));
        Set<String> channels = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s+address:\\s*(\\S+)\\s*$").matcher(document);
        while (m.find()) {
            if (!m.group(1).endsWith(".dlq")) {
                channels.add(m.group(1));
            }
        }
        assertThat(new TreeSet<>(EventProducers.all().keySet())).isEqualTo(channels);
    }
}
