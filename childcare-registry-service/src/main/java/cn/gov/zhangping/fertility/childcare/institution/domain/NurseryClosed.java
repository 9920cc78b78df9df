package cn.gov.zhangping.fertility.childcare.institution.domain;

import java.time.LocalDate;
import java.util.List;

import cn.gov.zhangping.fertility.childcare.enrolment.domain.Enrolment;

/**
 * Fired (CDI, synchronously, in the closing transaction) when a nursery closes with children enrolled: the
 * enrolments it ended, so that the closure emergency procedure can open a re-placement case for those children.
 */
public record NurseryClosed(ChildcareInstitution nursery, LocalDate on, List<Enrolment> endedEnrolments, String role) {
}
