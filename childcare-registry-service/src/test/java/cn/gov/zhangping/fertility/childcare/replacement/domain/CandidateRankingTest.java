package cn.gov.zhangping.fertility.childcare.replacement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.replacement.domain.CandidateRanking.Candidate;
import cn.gov.zhangping.fertility.childcare.replacement.domain.CandidateRanking.Nursery;
import cn.gov.zhangping.fertility.childcare.replacement.domain.CandidateRanking.Place;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {

    private static Place at(String community, String lat, String lon) {
        return new Place(community, lat == null ? null : new BigDecimal(lat), lon == null ? null : new BigDecimal(lon));
    }

    private static Nursery nursery(String name, boolean inclusive, Place place, long free) {
        return new Nursery(UUID.nameUUIDFromBytes(name.getBytes()), name, inclusive, place, free);
    }

    private static List<String> names(List<Candidate> ranked) {
        return ranked.stream().map(c -> c.nursery().name()).toList();
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111Km() {
        assertThat(CandidateRanking.distanceKm(at("a", "25", "117.4"), at("b", "26", "117.4"))).isEqualTo(111.2);
        assertThat(CandidateRanking.distanceKm(at("a", "25.3", "117.4"), at("b", "25.3", "117.4"))).isZero();
    }

    @Test
    void inclusiveFirstThenNearestThenUnknownDistanceThenName() {
        Place origin = at("A", "25.290000", "117.420000");
        List<Candidate> ranked = CandidateRanking.rank(origin, List.of(
                nursery("far inclusive", true, at("C", "25.400000", "117.600000"), 3),
                nursery("near inclusive", true, at("B", "25.300000", "117.430000"), 1),
                nursery("same community, not inclusive", false, at("A", "25.290000", "117.420000"), 9),
                nursery("unknown inclusive", true, at("D", null, null), 2),
                nursery("full inclusive", true, at("A", "25.290000", "117.420000"), 0),
                nursery("near, not inclusive", false, at("B", "25.300000", "117.430000"), 1)));
        assertThat(names(ranked)).containsExactly("near inclusive", "far inclusive", "unknown inclusive",
                "same community, not inclusive", "near, not inclusive");
        assertThat(ranked.get(0).distanceKm()).isBetween(1.0, 2.0);
        assertThat(ranked.get(2).distanceKm()).isNull();
        assertThat(ranked.get(3).sameCommunity()).isTrue();
        assertThat(ranked.get(3).distanceKm()).isZero();
    }

    @Test
    void withoutCoordinatesTheSameCommunityComesFirstThenTheRestOfTheTownshipByName() {
        Place origin = at("A", null, null);
        List<Candidate> ranked = CandidateRanking.rank(origin, List.of(
                nursery("b elsewhere", true, at("C", "25.4", "117.6"), 1),
                nursery("a elsewhere", true, at("B", null, null), 1),
                nursery("z same", true, at("A", null, null), 1)));
        assertThat(names(ranked)).containsExactly("z same", "a elsewhere", "b elsewhere");
    }
}
