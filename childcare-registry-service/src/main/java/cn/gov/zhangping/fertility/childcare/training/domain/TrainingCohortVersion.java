package cn.gov.zhangping.fertility.childcare.training.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One version of a cohort, the first or a correction with its reason, as it was recorded. */
@Entity
@Table(name = "training_cohort_version")
@IdClass(TrainingCohortVersion.Key.class)
public class TrainingCohortVersion {

    @Id
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Id
    public int revision;

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

    /** Why it was corrected; null for the first version. */
    public String reason;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static TrainingCohortVersion of(TrainingCohort c, String reason, String role) {
        TrainingCohortVersion v = new TrainingCohortVersion();
        v.cohortId = c.id;
        v.revision = c.revision;
        v.course = c.course;
        v.provider = c.provider;
        v.townshipCode = c.townshipCode;
        v.startDate = c.startDate;
        v.endDate = c.endDate;
        v.trained = c.trained;
        v.certified = c.certified;
        v.reason = reason;
        v.actorRole = role;
        v.recordedAt = c.changedAt;
        return v;
    }

    public static class Key implements Serializable {
        public UUID cohortId;
        public int revision;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cohortId, k.cohortId) && revision == k.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, revision);
        }
    }
}
