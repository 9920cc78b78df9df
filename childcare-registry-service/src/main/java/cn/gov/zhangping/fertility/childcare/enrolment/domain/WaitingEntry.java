package cn.gov.zhangping.fertility.childcare.enrolment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A child waiting for a slot at a nursery; served in order ({@code seq}) when a slot frees. */
@Entity
@Table(name = "waiting_entry")
public class WaitingEntry {

    public enum Status { WAITING, ENROLLED, CANCELLED }

    @Id
    public UUID id;

    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Status status;
}
