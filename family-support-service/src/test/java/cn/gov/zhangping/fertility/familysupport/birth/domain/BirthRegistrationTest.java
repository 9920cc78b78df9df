package cn.gov.zhangping.fertility.familysupport.birth.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.gov.zhangping.fertility.contracts.birth.CancellationReason;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import org.junit.jupiter.api.Test;

/** The registration's behaviour, without a database: what a correction changes, and what a cancellation ends. */
class BirthRegistrationTest {

    private static final BirthDetails DETAILS = new BirthDetails("350881199003150026", "陈安宁", Sex.FEMALE,
            LocalDate.of(2026, 11, 20), 2, "350881001", "350881001003", "漳平市医院", false, false, null, null, null, null);

    private static BirthRegistration registration() {
        return BirthRegistration.register(DETAILS, "index", new byte[] {1}, "3508**********0026",
                Instant.parse("2026-11-21T02:00:00Z"), "registrar-1");
    }

    @Test
    void aNewRegistrationStandsAtRevisionOne() {
        BirthRegistration r = registration();
        assertThat(r.revision).isEqualTo(1);
        assertThat(r.status).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(r.details("350881199003150026")).isEqualTo(DETAILS);
    }

    @Test
    void aCorrectionSaysWhatChangedInFieldOrderWithOldAndNewValues() {
        BirthRegistration r = registration();
        BirthCorrection correction = new BirthCorrection(null, null, 1, "350881106", "350881106002", null, true,
                " 陈安宇 ", "漳平市医院");
        var changes = r.correct(correction.applyTo(r.details("350881199003150026")));
        assertThat(changes).containsExactly(
                new FieldChange("birthOrder", "2", "1"),
                new FieldChange("townshipCode", "350881001", "350881106"),
                new FieldChange("communityCode", "350881001003", "350881106002"),
                new FieldChange("rural", "false", "true"),
                new FieldChange("childName", "陈安宁", "陈安宇"));
        assertThat(r.childName).isEqualTo("陈安宇");
        assertThat(r.townshipCode).isEqualTo("350881106");
        assertThat(r.hospital).isEqualTo("漳平市医院");
    }

    @Test
    void aCorrectionToTheSameValuesChangesNothing() {
        BirthRegistration r = registration();
        BirthCorrection same = new BirthCorrection(Sex.FEMALE, LocalDate.of(2026, 11, 20), 2, null, null, false, null,
                "陈安宁", null);
        assertThat(r.correct(same.applyTo(r.details("x")))).isEmpty();
        assertThat(r.details("350881199003150026")).isEqualTo(DETAILS);
    }

    @Test
    void aCancelledRegistrationIsNeitherCorrectedNorCancelledAgain() {
        BirthRegistration r = registration();
        UUID other = UUID.randomUUID();
        FieldChange change = r.cancel(CancellationReason.DUPLICATE, other, Instant.parse("2026-11-28T09:00:00Z"));
        assertThat(change).isEqualTo(new FieldChange("status", "REGISTERED", "CANCELLED"));
        assertThat(r.isCancelled()).isTrue();
        assertThat(r.duplicateOf).isEqualTo(other);
        assertThatThrownBy(() -> r.correct(DETAILS)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(409));
        assertThatThrownBy(() -> r.cancel(CancellationReason.REGISTERED_IN_ERROR, null, Instant.now()))
                .isInstanceOf(DomainException.class);
    }
}
