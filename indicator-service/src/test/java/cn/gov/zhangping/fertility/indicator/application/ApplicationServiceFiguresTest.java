package cn.gov.zhangping.fertility.indicator.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.indicator.application.domain.ApplicationServiceFigures;
import cn.gov.zhangping.fertility.indicator.application.domain.SubMatterRow;
import org.junit.jupiter.api.Test;

class ApplicationServiceFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static SubMatterRow row(UUID app, String subMatter, String status, String due, String submitted, String done,
                                    boolean rejected) {
        return new SubMatterRow(app, subMatter, "PUBLIC_SECURITY", status, LocalDate.parse(due), Instant.parse(submitted),
                done == null ? null : Instant.parse(done), rejected);
    }

    @Test
    void doneOnTheDueDayInChinaIsInTimeAndOneHourLaterIsNot() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        // 2026-11-06T15:59Z is 23:59 on the 6th in China; 16:00Z is already the 7th
        ApplicationServiceFigures f = ApplicationServiceFigures.of("2026-11", List.of(
                row(a, "HOUSEHOLD_REGISTRATION", "DONE", "2026-11-06", "2026-11-02T01:00:00Z", "2026-11-06T15:59:00Z", false),
                row(b, "HOUSEHOLD_REGISTRATION", "DONE", "2026-11-06", "2026-11-02T01:00:00Z", "2026-11-06T16:00:00Z", false)),
                TODAY);
        ApplicationServiceFigures.SubMatter m = f.subMatters().get(0);
        assertThat(m.done()).isEqualTo(2);
        assertThat(m.doneByTimeLimit()).isEqualTo(1);
        assertThat(m.medianDaysToDone()).isEqualTo(4);
        assertThat(m.p90DaysToDone()).isEqualTo(5);
        assertThat(f.completedFirstTime()).isEqualTo(2);
    }

    @Test
    void aRejectionOnceMeansNotFirstTimeAndOpenPastDueIsOverdue() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        ApplicationServiceFigures f = ApplicationServiceFigures.of("2026-11", List.of(
                row(a, "SOCIAL_SECURITY_CARD", "DONE", "2026-11-10", "2026-11-02T01:00:00Z", "2026-11-03T01:00:00Z", true),
                row(a, "HOUSEHOLD_REGISTRATION", "DONE", "2026-11-10", "2026-11-02T01:00:00Z", "2026-11-03T01:00:00Z", false),
                row(b, "SOCIAL_SECURITY_CARD", "ACCEPTED", "2026-11-29", "2026-11-20T01:00:00Z", null, false),
                row(b, "HOUSEHOLD_REGISTRATION", "REJECTED", "2026-12-02", "2026-11-20T01:00:00Z", null, true)),
                TODAY);
        assertThat(f.applications()).isEqualTo(2);
        assertThat(f.completedFirstTime()).isZero();
        assertThat(f.open()).isEqualTo(1);
        ApplicationServiceFigures.SubMatter card = f.subMatters().stream()
                .filter(s -> s.subMatter().equals("SOCIAL_SECURITY_CARD")).findFirst().orElseThrow();
        assertThat(card.overdue()).isEqualTo(1);
        ApplicationServiceFigures.SubMatter hukou = f.subMatters().stream()
                .filter(s -> s.subMatter().equals("HOUSEHOLD_REGISTRATION")).findFirst().orElseThrow();
        assertThat(hukou.rejected()).isEqualTo(1);
        assertThat(hukou.overdue()).isZero();
    }

    @Test
    void nothingSubmittedGivesZerosAndNoMedian() {
        ApplicationServiceFigures f = ApplicationServiceFigures.of("2026-11", List.of(), TODAY);
        assertThat(f.applications()).isZero();
        assertThat(f.subMatters()).isEmpty();
    }
}
