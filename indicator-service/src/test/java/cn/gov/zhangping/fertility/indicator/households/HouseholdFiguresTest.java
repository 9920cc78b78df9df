package cn.gov.zhangping.fertility.indicator.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.gov.zhangping.fertility.indicator.households.domain.HouseholdFigures;
import cn.gov.zhangping.fertility.indicator.households.domain.RecipientRow;
import cn.gov.zhangping.fertility.indicator.values.domain.Cell;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import org.junit.jupiter.api.Test;

class HouseholdFiguresTest {

    private static final String CITY = Townships.CITY_CODE;
    private static final String T = "350881001";

    @Test
    void accuracyCountsEveryRecipientAndInsuranceOnlyListedSpecialOnes() {
        Map<Integer, Map<String, Cell>> cells = HouseholdFigures.cells(List.of(
                new RecipientRow(T, "REWARD_ASSISTANCE", "CONTINUING", true, null, 96_000),
                new RecipientRow(T, "REWARD_ASSISTANCE", "ENDED", false, null, 16_000),
                new RecipientRow(T, "SPECIAL_ASSISTANCE", "NEW", true, true, 120_000),
                new RecipientRow(T, "SPECIAL_ASSISTANCE", "CONTINUING", true, null, 120_000),
                new RecipientRow(T, "SPECIAL_ASSISTANCE", "ENDED", true, false, 10_000)), 300_000);
        assertThat(cells.get(22).get(CITY)).isEqualTo(new Cell(4, 5L, Cell.COMPUTED));
        assertThat(cells.get(24).get(T)).isEqualTo(new Cell(1, 2L, Cell.COMPUTED));
        assertThat(cells.get(23).get(CITY)).isEqualTo(new Cell(300_000, 362_000L, Cell.COMPUTED));
        assertThat(cells.get(23)).doesNotContainKey(T);
    }

    @Test
    void noReviewNoCells() {
        Map<Integer, Map<String, Cell>> cells = HouseholdFigures.cells(List.of(), 5_000);
        assertThat(cells.get(22)).isEmpty();
        assertThat(cells.get(23)).isEmpty();
        assertThat(cells.get(24)).isEmpty();
    }
}
