package cn.gov.zhangping.fertility.indicator.childcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zhangping.fertility.indicator.childcare.domain.ChildcareSupply;
import cn.gov.zhangping.fertility.indicator.childcare.domain.CommunityState;
import cn.gov.zhangping.fertility.indicator.childcare.domain.InstitutionState;
import cn.gov.zhangping.fertility.indicator.values.domain.Cell;
import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import org.junit.jupiter.api.Test;

class ChildcareSupplyTest {

    private static final String CITY = Townships.CITY_CODE;
    private static final String A = "350881001";
    private static final String B = "350881100";
    private static final long MIN = 20_000;

    private static Map<String, Long> population(long a, long b, long others) {
        Map<String, Long> p = new HashMap<>();
        for (Township t : Townships.all()) {
            p.put(t.code(), others);
        }
        p.put(A, a);
        p.put(B, b);
        return p;
    }

    private static InstitutionState operating(String township, String community, int slots, int inclusive) {
        return new InstitutionState(township, community, null, "OPERATING", slots, inclusive);
    }

    @Test
    void aTownshipOf19999IsNotInTheDenominatorOf14And20000Is() {
        List<InstitutionState> nurseries = List.of(operating(A, A + "001", 40, 40));
        Map<Integer, Map<String, Cell>> below = ChildcareSupply.cells(nurseries, List.of(), population(19_999, 19_999, 100), MIN);
        assertThat(below.get(14)).doesNotContainKey(A).doesNotContainKey(CITY);

        Map<Integer, Map<String, Cell>> at = ChildcareSupply.cells(nurseries, List.of(), population(20_000, 20_000, 100), MIN);
        assertThat(at.get(14).get(A)).isEqualTo(new Cell(1, 1L, Cell.COMPUTED));
        assertThat(at.get(14).get(B)).isEqualTo(new Cell(0, 1L, Cell.COMPUTED));
        assertThat(at.get(14).get(CITY)).isEqualTo(new Cell(1, 2L, Cell.COMPUTED));
    }

    @Test
    void onlyOperatingNurseriesCountAndSlotsArePerResident() {
        List<InstitutionState> nurseries = List.of(
                operating(A, A + "001", 100, 60),
                operating(B, B + "001", 50, 0),
                new InstitutionState(A, A + "002", null, "SUSPENDED", 500, 500),
                new InstitutionState(B, B + "002", null, "FILED", 500, 500));
        Map<Integer, Map<String, Cell>> cells = ChildcareSupply.cells(nurseries, List.of(), population(50_000, 25_000, 1_000), MIN);

        assertThat(cells.get(12).get(A)).isEqualTo(new Cell(100, 50_000L, Cell.COMPUTED));
        assertThat(cells.get(12).get(CITY)).isEqualTo(new Cell(150, 50_000L + 25_000 + 14 * 1_000L, Cell.COMPUTED));
        assertThat(cells.get(13).get(CITY)).isEqualTo(new Cell(60, 150L, Cell.COMPUTED));
        assertThat(cells.get(13)).doesNotContainKey("350881101");
        // B has operating slots but none inclusive: it does not offer inclusive childcare
        assertThat(cells.get(14).get(B)).isEqualTo(new Cell(0, 1L, Cell.COMPUTED));
    }

    @Test
    void withoutEveryTownshipsPopulationTheCityHasNoPerThousandValue() {
        Map<String, Long> partial = new HashMap<>(Map.of(A, 50_000L));
        Map<Integer, Map<String, Cell>> cells = ChildcareSupply.cells(List.of(operating(A, A + "001", 10, 10)), List.of(), partial, MIN);
        assertThat(cells.get(12).get(CITY).denominator()).isNull();
        assertThat(cells.get(12).get(A).denominator()).isEqualTo(50_000L);
        assertThat(cells.get(14)).doesNotContainKey(CITY);

        Map<Integer, Map<String, Cell>> none = ChildcareSupply.cells(List.of(), List.of(), null, MIN);
        assertThat(none.get(12).get(CITY)).isEqualTo(new Cell(0, null, Cell.COMPUTED));
        assertThat(none.get(13)).isEmpty();
    }

    @Test
    void urbanCommunitiesAreCoveredByAnOperatingNurseryWithInclusiveSlotsInThem() {
        List<CommunityState> communities = List.of(
                new CommunityState(A + "001", A, true),
                new CommunityState(A + "002", A, true),
                new CommunityState(A + "003", A, false),
                new CommunityState(B + "001", B, true));
        List<InstitutionState> nurseries = List.of(
                operating(A, A + "001", 30, 10),
                operating(A, A + "003", 30, 30),
                new InstitutionState(B, B + "001", null, "CLOSED", 30, 30));
        Map<Integer, Map<String, Cell>> cells = ChildcareSupply.cells(nurseries, communities, null, MIN);
        assertThat(cells.get(15).get(A)).isEqualTo(new Cell(1, 2L, Cell.COMPUTED));
        assertThat(cells.get(15).get(B)).isEqualTo(new Cell(0, 1L, Cell.COMPUTED));
        assertThat(cells.get(15).get(CITY)).isEqualTo(new Cell(1, 3L, Cell.COMPUTED));
        assertThat(cells.get(15)).doesNotContainKey("350881101");
    }
}
