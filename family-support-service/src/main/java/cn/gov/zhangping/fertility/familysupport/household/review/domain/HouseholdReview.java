package cn.gov.zhangping.fertility.familysupport.household.review.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** The townships the review covers (codes joined by commas, sorted); null for a city-wide review. */
    @Column(name = "township_codes")
    public String townshipCodes;

    /** The townships it covers; empty for the whole city. */
    public Optional<List<String>> townships() {
        return Optional.ofNullable(townshipCodes).map(codes -> List.of(codes.split(",")));
    }

    /** Whether it covers households of {@code townshipCode}. */
    public boolean covers(String townshipCode) {
        return townships().map(codes -> codes.contains(townshipCode)).orElse(true);
    }

    /** Whether it shares a township with a review limited to {@code limit} (empty: the whole city). */
    public boolean overlaps(Optional<Set<String>> limit) {
        return limit.isEmpty() || limit.get().stream().anyMatch(this::covers);
    }

    /** Whether every township it covers is in {@code limit} (empty: the whole city), so the caller may confirm it. */
    public boolean within(Optional<Set<String>> limit) {
        return limit.isEmpty() || townships().map(limit.get()::containsAll).orElse(false);
    }

    public static String codes(Optional<Set<String>> limit) {
        return limit.map(codes -> String.join(",", codes.stream().sorted().toList())).orElse(null);
    }
}
