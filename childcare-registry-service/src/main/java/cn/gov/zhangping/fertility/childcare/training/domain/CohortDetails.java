package cn.gov.zhangping.fertility.childcare.training.domain;

import java.time.LocalDate;

/**
 * What the HR & social security bureau records of a training cohort. Counts only, on purpose: indicator 11 needs how
 * many infant-care workers were trained (and certified), and the trainees' names or identity numbers would be
 * personal data that would then spread to the events and every consumer without serving any figure.
 */
public record CohortDetails(String course, String provider, String townshipCode, LocalDate startDate, LocalDate endDate,
                            int trained, int certified) {
}
