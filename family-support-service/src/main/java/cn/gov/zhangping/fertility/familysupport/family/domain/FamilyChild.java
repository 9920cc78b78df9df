package cn.gov.zhangping.fertility.familysupport.family.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A child of a family: one registered here ({@link #registrationId}) or an earlier one the suite never saw, declared
 * with its date of birth and, where it has one, its identity number. A declared child who is registered later is
 * linked to the registration, so it stays one child. {@link #position} is the order in which the family's children
 * became known: the tie-break of {@link BirthOrders} for children born on the same day.
 */
@Entity
@Table(name = "family_child")
public class FamilyChild {

    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(nullable = false)
    public int position;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "id_number_cipher")
    public byte[] idNumberCipher;

    @Column(name = "id_number_index")
    public String idNumberIndex;

    @Column(name = "id_number_masked")
    public String idNumberMasked;

    @Column(nullable = false)
    public boolean deceased;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;

    @Column(name = "declared_by", nullable = false)
    public String declaredBy;

    static FamilyChild of(UUID familyId, int position, LocalDate birthDate, UUID registrationId, ProtectedId idNumber,
                          boolean deceased, Instant at, String by) {
        FamilyChild c = new FamilyChild();
        c.id = UUID.randomUUID();
        c.familyId = familyId;
        c.position = position;
        c.birthDate = birthDate;
        c.registrationId = registrationId;
        if (idNumber != null) {
            c.idNumberCipher = idNumber.cipher();
            c.idNumberIndex = idNumber.index();
            c.idNumberMasked = idNumber.masked();
        }
        c.deceased = deceased;
        c.declaredAt = at;
        c.declaredBy = by;
        return c;
    }

    public boolean isRegistered() {
        return registrationId != null;
    }
}
