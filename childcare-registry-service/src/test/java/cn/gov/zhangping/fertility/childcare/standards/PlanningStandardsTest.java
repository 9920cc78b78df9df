package cn.gov.zhangping.fertility.childcare.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.standards.domain.AgeLimit;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandard;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandards;
import cn.gov.zhangping.fertility.childcare.standards.persistence.PlanningStandardRepository;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanningStandardsTest {

    @Inject
    PlanningStandards standards;

    @Inject
    PlanningStandardRepository repository;

    @Test
    void theAgeLimitIsTheSeeded3YearsOfTask9() {
        AgeLimit limit = standards.childAgeLimit();
        assertThat(limit.years()).isEqualTo(3);
        assertThat(limit.source()).isEqualTo("漳政办规〔2023〕2号 二(三)9; 附件1 指标12");
    }

    @Test
    void thePlanningStandardsOfTask9AreSeededWithTheirSources() {
        Map<String, PlanningStandard> byCode = repository.listAll().stream()
                .collect(Collectors.toMap(s -> s.code, s -> s));
        assertThat(byCode).containsOnlyKeys("CHILD_AGE_LIMIT", "SLOTS_PER_1000_RESIDENTS", "INCLUSIVE_SLOT_SHARE",
                "NEW_AREA_INCLUSIVE_SLOTS_PER_1000", "BUILT_AREA_INCLUSIVE_SLOTS_PER_1000", "INCLUSIVE_TOWNSHIP_MIN_RESIDENTS",
                "INFANT_CARE_WORKERS_TRAINED_PER_YEAR", "INFANT_CARE_WORKERS_TRAINED_TOTAL", "MOTHER_BABY_ROOM_SHARE");
        assertThat(byCode.get("INFANT_CARE_WORKERS_TRAINED_PER_YEAR").value).isEqualByComparingTo("200");
        assertThat(byCode.get("INFANT_CARE_WORKERS_TRAINED_TOTAL").value).isEqualByComparingTo("600");
        assertThat(byCode.get("INFANT_CARE_WORKERS_TRAINED_TOTAL").targetYear).isEqualTo(2025);
        assertThat(byCode.get("INFANT_CARE_WORKERS_TRAINED_TOTAL").indicatorNo).isEqualTo(11);
        assertThat(byCode.get("MOTHER_BABY_ROOM_SHARE").value).isEqualByComparingTo("100");
        assertThat(byCode.get("MOTHER_BABY_ROOM_SHARE").indicatorNo).isEqualTo(16);
        assertThat(byCode.get("SLOTS_PER_1000_RESIDENTS").value).isEqualByComparingTo(new BigDecimal("4.5"));
        assertThat(byCode.get("SLOTS_PER_1000_RESIDENTS").indicatorNo).isEqualTo(12);
        assertThat(byCode.get("INCLUSIVE_SLOT_SHARE").value).isEqualByComparingTo("60");
        assertThat(byCode.get("NEW_AREA_INCLUSIVE_SLOTS_PER_1000").value).isEqualByComparingTo("10");
        assertThat(byCode.get("BUILT_AREA_INCLUSIVE_SLOTS_PER_1000").value).isEqualByComparingTo("3");
        assertThat(byCode.get("INCLUSIVE_TOWNSHIP_MIN_RESIDENTS").value).isEqualByComparingTo("20000");
        assertThat(byCode.get("CHILD_AGE_LIMIT").bound).isEqualTo(PlanningStandard.Bound.BELOW);
        assertThat(byCode.values()).allSatisfy(s -> assertThat(s.source).startsWith("漳政办规〔2023〕2号 "));
        assertThat(byCode.values()).filteredOn(s -> !s.code.startsWith("INFANT_CARE_WORKERS_"))
                .allSatisfy(s -> assertThat(s.source).startsWith("漳政办规〔2023〕2号 二(三)9"));
    }
}
