package cn.gov.zhangping.fertility.benefit.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Tier ANY = Tier.forEveryChild(Fen.ofYuan(20000), null, null);

    @Test
    void versionsMeetingDayToDayAreOneTimeline() {
        Timeline t = new Timeline(PolicyCode.HOME_PURCHASE_SUBSIDY, List.of(
                version(2, "2026-01-01", null), version(1, "2023-04-10", "2025-12-31")));
        assertThat(t.inForceOn(LocalDate.of(2025, 12, 31))).map(PolicyVersion::number).contains(1);
        assertThat(t.inForceOn(LocalDate.of(2026, 1, 1))).map(PolicyVersion::number).contains(2);
        assertThat(t.inForceOn(LocalDate.of(2023, 4, 9))).isEmpty();
    }

    @Test
    void anOverlappingVersionIsRefused() {
        Timeline t = new Timeline(PolicyCode.HOME_PURCHASE_SUBSIDY, List.of(version(1, "2023-04-10", "2025-12-31")));
        // reaching into the middle without covering the rest, or starting on the same day
        assertThatThrownBy(() -> t.with(version(2, "2024-01-01", "2024-06-30")))
                .isInstanceOf(Timeline.OverlappingVersionException.class);
        assertThatThrownBy(() -> t.with(version(2, "2023-04-10", null)))
                .isInstanceOf(Timeline.OverlappingVersionException.class);
        assertThatThrownBy(() -> t.with(version(2, "2020-01-01", "2023-04-10")))
                .isInstanceOf(Timeline.OverlappingVersionException.class);
        Timeline open = new Timeline(PolicyCode.HOME_PURCHASE_SUBSIDY, List.of(version(1, "2023-04-10", null)));
        assertThatThrownBy(() -> open.with(version(2, "2030-01-01", "2030-12-31")))
                .isInstanceOf(Timeline.OverlappingVersionException.class);
        assertThat(t.with(version(2, "2026-01-01", null)).versions()).hasSize(2);
    }

    @Test
    void aVersionReachingBackEndsTheOneInForceTheDayBefore() {
        Timeline t = new Timeline(PolicyCode.HOME_PURCHASE_SUBSIDY, List.of(version(1, "2023-04-10", "2025-12-31")))
                .with(version(2, "2024-01-01", null));
        PolicyVersion first = t.versions().get(0);
        assertThat(first.effectiveTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(first.supersededFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(first.endInForce()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(t.versions().get(1).supersedes()).isEqualTo(1);
        assertThat(t.inForceOn(LocalDate.of(2023, 12, 31))).map(PolicyVersion::number).contains(1);
        assertThat(t.inForceOn(LocalDate.of(2024, 1, 1))).map(PolicyVersion::number).contains(2);
        // rebuilt from what is stored (the newer version naming the one it supersedes), the same timeline
        Timeline stored = new Timeline(PolicyCode.HOME_PURCHASE_SUBSIDY, List.of(version(1, "2023-04-10", "2025-12-31"),
                t.versions().get(1)));
        assertThat(stored.versions()).isEqualTo(t.versions());
        // an open version can be replaced from a later day by another open one
        Timeline open = new Timeline(PolicyCode.HOME_PURCHASE_SUBSIDY, List.of(version(1, "2023-04-10", null)))
                .with(version(2, "2030-01-01", null));
        assertThat(open.versions().get(0).endInForce()).isEqualTo(LocalDate.of(2029, 12, 31));
    }

    @Test
    void segmentsCutAPeriodAtTheVersionsEdges() {
        Timeline t = new Timeline(PolicyCode.HOME_PURCHASE_SUBSIDY, List.of(
                version(1, "2023-04-10", "2025-12-31"), version(2, "2026-03-01", null)));
        List<Timeline.Segment> segments = t.segments(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31));
        assertThat(segments).extracting(s -> s.from() + ".." + s.to())
                .containsExactly("2025-06-01..2025-12-31", "2026-03-01..2026-05-31");
        assertThat(t.segments(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28))).isEmpty();
    }

    private static PolicyVersion version(int number, String from, String to) {
        return new PolicyVersion(PolicyCode.HOME_PURCHASE_SUBSIDY, number, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), null, null, false, List.of(ANY), "test");
    }
}
