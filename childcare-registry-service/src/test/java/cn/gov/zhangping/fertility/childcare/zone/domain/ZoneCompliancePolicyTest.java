package cn.gov.zhangping.fertility.childcare.zone.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ZoneCompliancePolicyTest {

    @ParameterizedTest(name = "{0} per 1,000 of {1} residents: {2} slots")
    @CsvSource({
            "10, 0, 0",
            "10, 1, 1",        // a part of a slot is a whole slot to plan
            "10, 99, 1",
            "10, 100, 1",
            "10, 101, 2",
            "10, 1000, 10",
            "10, 1001, 11",
            "3, 1000, 3",
            "3, 333, 1",
            "3, 334, 2",
            "3, 10000000, 30000",
            "4.5, 1000, 5"})
    void requiredSlotsAreTheStandardTimesTheResidentsOverAThousandRoundedUp(String standard, long residents, long slots) {
        assertThat(ZoneCompliancePolicy.requiredSlots(new BigDecimal(standard), residents)).isEqualTo(slots);
    }

    @Test
    void aZoneCompliesFromTheRequiredSlotsOn() {
        assertThat(ZoneCompliancePolicy.complies(9, 10)).isFalse();
        assertThat(ZoneCompliancePolicy.complies(10, 10)).isTrue();
        assertThat(ZoneCompliancePolicy.complies(0, 0)).isTrue();
        assertThat(ZoneCompliancePolicy.shortfall(9, 10)).isEqualTo(1);
        assertThat(ZoneCompliancePolicy.shortfall(12, 10)).isZero();
        assertThatThrownBy(() -> ZoneCompliancePolicy.requiredSlots(BigDecimal.TEN, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
