package cn.gov.zhangping.fertility.familysupport.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.Department;
import org.junit.jupiter.api.Test;

class SubMatterTest {

    static final Instant AT = Instant.parse("2026-11-19T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-19");

    static SubMatter submitted() {
        return SubMatter.submit(UUID.randomUUID(), SubMatterKind.HOUSEHOLD_REGISTRATION, Department.PUBLIC_SECURITY, AT,
                TODAY, LocalDate.parse("2026-11-26"), false, "registrar");
    }

    @Test
    void aRejectionAndAResubmissionWithANewDueDate() {
        SubMatter s = submitted();
        s.become(SubMatterStatus.REJECTED, RejectionReason.DOCUMENT_MISSING, AT, TODAY, null, "ps");
        assertThat(s.status).isEqualTo(SubMatterStatus.REJECTED);
        assertThat(s.rejections).isEqualTo(1);
        assertThat(s.isOverdue(LocalDate.parse("2026-12-31"))).isFalse();
        s.become(SubMatterStatus.SUBMITTED, null, AT.plusSeconds(86400), TODAY.plusDays(1), LocalDate.parse("2026-11-27"), "registrar");
        assertThat(s.status).isEqualTo(SubMatterStatus.SUBMITTED);
        assertThat(s.reasonCode).isNull();
        assertThat(s.dueOn).isEqualTo(LocalDate.parse("2026-11-27"));
        assertThat(s.firstSubmittedOn).isEqualTo(TODAY);
        s.become(SubMatterStatus.ACCEPTED, null, AT, TODAY, null, "ps");
        s.become(SubMatterStatus.DONE, null, AT, TODAY.plusDays(2), null, "ps");
        assertThat(s.doneOn).isEqualTo(TODAY.plusDays(2));
        assertThat(s.isOverdue(LocalDate.parse("2026-12-31"))).isFalse();
    }

    @Test
    void transitionsTheStatusDoesNotAllowAreRefused() {
        SubMatter s = submitted();
        assertThatThrownBy(() -> s.become(SubMatterStatus.DONE, null, AT, TODAY, null, "ps"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("cannot become"));
        assertThatThrownBy(() -> s.become(SubMatterStatus.REJECTED, null, AT, TODAY, null, "ps"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> s.become(SubMatterStatus.ACCEPTED, RejectionReason.PHOTO_NEEDED, AT, TODAY, null, "ps"))
                .isInstanceOf(DomainException.class);
        assertThat(s.status).isEqualTo(SubMatterStatus.SUBMITTED);
        assertThat(s.isOverdue(LocalDate.parse("2026-11-27"))).isTrue();
        assertThat(s.isOverdue(LocalDate.parse("2026-11-26"))).isFalse();
    }
}
