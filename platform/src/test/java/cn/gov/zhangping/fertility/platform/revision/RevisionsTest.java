package cn.gov.zhangping.fertility.platform.revision;

import static cn.gov.zhangping.fertility.platform.revision.Revisions.Decision.APPLY;
import static cn.gov.zhangping.fertility.platform.revision.Revisions.Decision.APPLY_OVER_GAP;
import static cn.gov.zhangping.fertility.platform.revision.Revisions.Decision.SKIP;
import static cn.gov.zhangping.fertility.platform.revision.Revisions.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RevisionsTest {

    @Test
    void theNextRevisionApplies() {
        assertThat(decision(0, 1)).isEqualTo(APPLY);
        assertThat(decision(1, 2)).isEqualTo(APPLY);
        assertThat(decision(41, 42)).isEqualTo(APPLY);
    }

    @Test
    void aRevisionAtOrBeforeTheLastAppliedChangesNothing() {
        assertThat(decision(1, 1)).isEqualTo(SKIP);
        assertThat(decision(3, 2)).isEqualTo(SKIP);
        assertThat(decision(3, 1)).isEqualTo(SKIP);
        assertThat(SKIP.applies()).isFalse();
    }

    @Test
    void aRevisionPastAGapIsAppliedSinceItCarriesTheWholeState() {
        assertThat(decision(0, 2)).isEqualTo(APPLY_OVER_GAP);
        assertThat(decision(1, 5)).isEqualTo(APPLY_OVER_GAP);
        assertThat(APPLY_OVER_GAP.applies()).isTrue();
        // the revision that was missed, arriving afterwards, is older than what was applied
        assertThat(decision(5, 3)).isEqualTo(SKIP);
    }

    @Test
    void revisionsStartAtOne() {
        assertThatThrownBy(() -> decision(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
