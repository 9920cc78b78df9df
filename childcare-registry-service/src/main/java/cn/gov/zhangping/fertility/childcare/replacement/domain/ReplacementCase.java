package cn.gov.zhangping.fertility.childcare.replacement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The re-placement case of a closed nursery (plan task 10, 关停应急处置): OPEN while a child of the nursery is neither
 * placed in another nursery nor withdrawn, then RESOLVED.
 */
@Entity
@Table(name = "replacement_case")
public class ReplacementCase {

    public enum Status { OPEN, RESOLVED }

    @Id
    public UUID id;

    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "community_code", nullable = false)
    public String communityCode;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(nullable = false)
    public int revision;

    /** After a child's decision: RESOLVED once no child is waiting any more. */
    public void decided(List<ReplacementChild> children) {
        revision++;
        if (children.stream().noneMatch(c -> c.status == ReplacementChild.Status.WAITING)) {
            status = Status.RESOLVED;
            resolvedAt = Instant.now();
        }
    }
}
