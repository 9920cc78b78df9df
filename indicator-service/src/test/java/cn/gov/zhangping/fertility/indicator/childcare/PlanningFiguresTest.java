package cn.gov.zhangping.fertility.indicator.childcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.zhangping.fertility.indicator.childcare.domain.InstitutionState;
import cn.gov.zhangping.fertility.indicator.childcare.domain.PlaceState;
import cn.gov.zhangping.fertility.indicator.childcare.domain.PlanningFigures;
import cn.gov.zhangping.fertility.indicator.childcare.domain.ZoneState;
import cn.gov.zhangping.fertility.indicator.values.domain.Cell;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import org.junit.jupiter.api.Test;

class PlanningFiguresTest {

    private static final String CITY = Townships.CITY_CODE;
    private static final String T = "350881001";
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    @Test
    void aZoneMeetsItsStandardExactlyAtTheLine() {
        assertThat(PlanningFigures.meetsStandard(30, 3_000, TEN)).isTrue();
        assertThat(PlanningFigures.meetsStandard(29, 3_000, TEN)).isFalse();
        assertThat(PlanningFigures.meetsStandard(9, 3_000, THREE)).isTrue();
        assertThat(PlanningFigures.meetsStandard(8, 3_000, THREE)).isFalse();
        assertThat(PlanningFigures.meetsStandard(0, 0, TEN)).isTrue();
        // 4.5 per 1,000 of 1,001 residents needs 4.5045 slots: 4 is short, 5 is enough
        assertThat(PlanningFigures.meetsStandard(4, 1_001, new BigDecimal("4.5"))).isFalse();
        assertThat(PlanningFigures.meetsStandard(5, 1_001, new BigDecimal("4.5"))).isTrue();
    }

    @Test
    void onlyOperatingNurseriesInclusiveSlotsCountForTheirZone() {
        UUID newZone = UUID.randomUUID();
        UUID builtZone = UUID.randomUUID();
        List<InstitutionState> nurseries = List.of(
                new InstitutionState(T, T + "001", newZone, "OPERATING", 40, 30),
                new InstitutionState(T, T + "001", newZone, "SUSPENDED", 40, 40),
                new InstitutionState(T, T + "002", builtZone, "OPERATING", 10, 5),
                new InstitutionState(T, T + "002", null, "OPERATING", 100, 100));
        Map<UUID, Long> slots = PlanningFigures.inclusiveSlotsByZone(nurseries);
        assertThat(slots).containsEntry(newZone, 30L).containsEntry(builtZone, 5L).hasSize(2);

        Map<Integer, Map<String, Cell>> cells = PlanningFigures.zones(List.of(
                new ZoneState(newZone, T, "NEW", 3_000),
                new ZoneState(UUID.randomUUID(), T, "NEW", 500),
                new ZoneState(builtZone, T, "BUILT", 2_000)), slots, TEN, THREE);
        assertThat(cells.get(9).get(CITY)).isEqualTo(new Cell(1, 2L, Cell.COMPUTED));
        assertThat(cells.get(10).get(T)).isEqualTo(new Cell(0, 1L, Cell.COMPUTED));
    }

    @Test
    void roomsCountOnlyPlacesThatMustHaveOne() {
        Map<String, Cell> cells = PlanningFigures.rooms(List.of(
                new PlaceState(T, true, true), new PlaceState(T, true, false), new PlaceState(T, false, true)));
        assertThat(cells.get(CITY)).isEqualTo(new Cell(1, 2L, Cell.COMPUTED));
        assertThat(PlanningFigures.rooms(List.of(new PlaceState(T, false, false)))).isEmpty();
        assertThat(PlanningFigures.trained(Map.of(T, 120L, "350881100", 80L)).get(CITY)).isEqualTo(new Cell(200, null, Cell.COMPUTED));
    }
}
