package cn.gov.zhangping.fertility.familysupport.household.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document the registrar saw: its type, number and date (no file is kept). */
@Entity
@Table(name = "household_evidence")
public class HouseholdEvidence {

    @Id
    public UUID id;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    public DocumentType documentType;

    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public record Document(DocumentType type, String number, LocalDate issuedOn) {
    }

    static HouseholdEvidence of(UUID householdId, Document d, Instant at, String by) {
        HouseholdEvidence e = new HouseholdEvidence();
        e.id = UUID.randomUUID();
        e.householdId = householdId;
        e.documentType = d.type();
        e.documentNumber = d.number().strip();
        e.issuedOn = d.issuedOn();
        e.recordedAt = at;
        e.recordedBy = by;
        return e;
    }
}
