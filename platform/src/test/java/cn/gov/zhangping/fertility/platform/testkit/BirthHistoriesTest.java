package cn.gov.zhangping.fertility.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class BirthHistoriesTest {

    private static final List<String> TOWNSHIPS = List.of("350881100", "350881204");

    @Test
    void theSameSeedDrawsTheSameHistories() {
        List<BirthHistories.History> a = BirthHistories.sample(7, 5, TOWNSHIPS, 4, 20);
        List<BirthHistories.History> b = BirthHistories.sample(7, 5, TOWNSHIPS, 4, 20);
        assertThat(a).isEqualTo(b);
        assertThat(BirthHistories.sample(8, 5, TOWNSHIPS, 4, 20)).isNotEqualTo(a);
    }

    @Test
    void eachHistoryIsOneTheProducerCouldHaveSentPlusRepeats() {
        Set<String> kinds = new HashSet<>();
        for (BirthHistories.History h : BirthHistories.sample(1, 40, TOWNSHIPS, 5, 25)) {
            Map<UUID, Integer> revision = new HashMap<>();
            Set<String> seen = new HashSet<>();
            for (BirthHistories.Sent s : h.events()) {
                int last = revision.getOrDefault(s.registrationId(), 0);
                if (s.revision() <= last) {
                    kinds.add(seen.contains(s.eventId()) ? "redelivered" : "replayed");
                } else {
                    assertThat(s.revision()).as("revisions of a registration follow each other").isEqualTo(last + 1);
                    assertThat(seen).doesNotContain(s.eventId());
                    kinds.add(s.type());
                    revision.put(s.registrationId(), s.revision());
                }
                seen.add(s.eventId());
                assertThat(s.data()).contains(s.registrationId().toString());
            }
            assertThat(revision).isEqualTo(h.finals().values().stream()
                    .collect(java.util.stream.Collectors.toMap(BirthHistories.Registration::id, BirthHistories.Registration::revision)));
            h.finals().values().forEach(r -> {
                assertThat(TOWNSHIPS).contains(r.facts().townshipCode());
                assertThat(r.facts().communityCode()).startsWith(r.facts().townshipCode()).hasSize(12);
            });
        }
        assertThat(kinds).contains(BirthRegisteredEvents.TYPE, BirthRegisteredEvents.CORRECTED_TYPE,
                BirthRegisteredEvents.CANCELLED_TYPE, "redelivered", "replayed");
    }
}
