package cn.gov.zhangping.fertility.childcare.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A cohort of infant-care workers (育婴师, 保育师) trained by a provider (漳政办规〔2023〕2号 二(三)8, indicator 11). It
 * counts in the year it ends. A correction replaces its figures, moves the revision on and keeps the earlier version.
 */
@Entity
@Table(name = "training_cohort")
public class TrainingCohort {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String course;

    @Column(nullable = false)
    public String provider;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(nullable = false)
    public int trained;

    @Column(nullable = false)
    public int certified;

    @Column(nullable = false)
    public int revision;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public CohortDetails details() {
        return new CohortDetails(course, provider, townshipCode, startDate, endDate, trained, certified);
    }

    /** Takes the corrected figures; false when they are the ones it has. */
    public boolean correct(CohortDetails d, Instant at) {
        if (details().equals(d)) {
            return false;
        }
        apply(d);
        revision++;
        changedAt = at;
        return true;
    }

    void apply(CohortDetails d) {
        course = d.course();
        provider = d.provider();
        townshipCode = d.townshipCode();
        startDate = d.startDate();
        endDate = d.endDate();
        trained = d.trained();
        certified = d.certified();
    }
}
