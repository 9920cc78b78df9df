package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.contracts.birth.CancellationReason;

/** One revision of a birth registration: who made it, when, why, and what it changed. Never changed afterwards. */
@Entity
@Table(name = "birth_registration_revision")
public class BirthRegistrationRevision {

    @Id
    public UUID id;

    @Column(name = "registration_id", nullable = false)
    public UUID registrationId;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RevisionKind kind;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The caller's token subject. */
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** Why: the registrar's reason for a correction, the note of a cancellation. */
    @Column
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    public CancellationReason cancellationReason;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "birth_registration_change", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    public List<FieldChange> changes = new ArrayList<>();

    static BirthRegistrationRevision of(BirthRegistration r, RevisionKind kind, Instant at, String by, String reason,
                                        List<FieldChange> changes) {
        BirthRegistrationRevision revision = new BirthRegistrationRevision();
        revision.id = UUID.randomUUID();
        revision.registrationId = r.id;
        revision.revision = r.revision;
        revision.kind = kind;
        revision.recordedAt = at;
        revision.recordedBy = by;
        revision.reason = reason;
        revision.cancellationReason = r.cancellationReason;
        revision.duplicateOf = r.duplicateOf;
        revision.changes = new ArrayList<>(changes);
        return revision;
    }
}
