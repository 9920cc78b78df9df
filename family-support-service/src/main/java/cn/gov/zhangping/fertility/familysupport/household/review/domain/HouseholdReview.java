package cn.gov.zhangping.fertility.familysupport.household.review.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The yearly review (资格确认) of one year: one per year. */
@Entity
@Table(name = "household_review")
public class HouseholdReview {

    @Id
    public UUID id;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;

    @Column(name = "run_at", nullable = false)
    public Instant runAt;

    @Column(name = "run_by", nullable = false)
    public String runBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;
}
