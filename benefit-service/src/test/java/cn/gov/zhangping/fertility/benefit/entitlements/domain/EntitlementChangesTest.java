package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** How an entitlement follows corrections and the cancellation of its birth registration. */
class EntitlementChangesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final UUID BIRTH = UUID.randomUUID();
    private static final Cause CORRECTED = new Cause(ChangeReason.REGISTRATION_CORRECTED, 2, "corrected: birthOrder");
    private static final Cause CANCELLED = new Cause(ChangeReason.REGISTRATION_CANCELLED, 3, "REGISTERED_IN_ERROR");

    private static Entitlement fee(int birthOrder, boolean specialFamily, LocalDate born) {
        List<Entitlement> due = EntitlementPolicy.entitlementsFor(new Birth(BIRTH, born, birthOrder, specialFamily),
                TestRules.seeded(), NOW);
        return due.stream().filter(e -> e.code == EntitlementCode.CHILDCARE_FEE_REDUCTION).findFirst().orElseThrow();
    }

    private static Entitlement granted(Entitlement e) {
        e.granted(new Cause(ChangeReason.BIRTH_REGISTERED, 1, null), NOW.minusSeconds(86400));
        return e;
    }

    @Test
    void dueOnTheSameTermsChangesNothing() {
        Entitlement held = granted(fee(3, false, LocalDate.of(2026, 1, 1)));
        held.becomesDue(fee(3, false, LocalDate.of(2026, 1, 1)), CORRECTED, NOW);
        assertThat(held.history).hasSize(1);
        assertThat(held.status).isEqualTo(EntitlementStatus.ELIGIBLE);
    }

    @Test
    void dueOnOtherTermsIsAChangeRecordedWithTheNewTerms() {
        Entitlement held = granted(fee(3, false, LocalDate.of(2026, 1, 1)));
        held.becomesDue(fee(3, true, LocalDate.of(2026, 2, 1)), CORRECTED, NOW);
        assertThat(held.rule.code).isEqualTo("CHILDCARE_FEE_SPECIAL_FAMILY_2023");
        assertThat(held.percent).isEqualByComparingTo("100");
        assertThat(held.validFrom).isEqualTo(LocalDate.of(2026, 2, 1));
        EntitlementChange last = held.history.get(1);
        assertThat(last.changeType).isEqualTo(ChangeType.CHANGED);
        assertThat(last.reason).isEqualTo(ChangeReason.REGISTRATION_CORRECTED);
        assertThat(last.revision).isEqualTo(2);
        assertThat(last.detail).isEqualTo("corrected: birthOrder");
        assertThat(last.rule.code).isEqualTo("CHILDCARE_FEE_SPECIAL_FAMILY_2023");
        assertThat(last.validFrom).isEqualTo(LocalDate.of(2026, 2, 1));
        // the grant keeps the terms it was made on
        assertThat(held.history.get(0).rule.code).isEqualTo("CHILDCARE_FEE_THIRD_CHILD_2023");
    }

    @Test
    void noLongerDueIsWithdrawnOnceAndKept() {
        Entitlement held = granted(fee(3, false, LocalDate.of(2026, 1, 1)));
        held.noLongerDue(CORRECTED, NOW);
        held.noLongerDue(CANCELLED, NOW);
        assertThat(held.status).isEqualTo(EntitlementStatus.WITHDRAWN);
        assertThat(held.history).extracting(c -> c.changeType).containsExactly(ChangeType.GRANTED, ChangeType.WITHDRAWN);
        assertThat(held.history.get(1).revision).isEqualTo(2);
    }

    @Test
    void aWithdrawnEntitlementDueAgainIsGrantedAgain() {
        Entitlement held = granted(fee(3, false, LocalDate.of(2026, 1, 1)));
        held.noLongerDue(CORRECTED, NOW);
        held.becomesDue(fee(4, false, LocalDate.of(2026, 1, 1)), new Cause(ChangeReason.REGISTRATION_CORRECTED, 3, "x"), NOW);
        assertThat(held.status).isEqualTo(EntitlementStatus.ELIGIBLE);
        assertThat(held.history).extracting(c -> c.changeType)
                .containsExactly(ChangeType.GRANTED, ChangeType.WITHDRAWN, ChangeType.GRANTED);
        assertThat(held.history).extracting(c -> c.revision).containsExactly(1, 2, 3);
    }
}
