package cn.gov.zhangping.fertility.familysupport.application.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The joint application of "birth is one matter" (出生一件事, task 2): opened when a birth is registered, one per
 * registration, with its sub-matters ({@link SubMatter}). It is complete when every sub-matter that applies is done.
 */
@Entity
@Table(name = "joint_application")
public class JointApplication {

    @Id
    public UUID id;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "registration_id", nullable = false)
    public UUID registrationId;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    static JointApplication open(UUID registrationId, UUID familyId, Instant at) {
        JointApplication a = new JointApplication();
        a.id = UUID.randomUUID();
        a.registrationId = registrationId;
        a.familyId = familyId;
        a.openedAt = at;
        return a;
    }

    public boolean isComplete() {
        return completedAt != null;
    }
}
