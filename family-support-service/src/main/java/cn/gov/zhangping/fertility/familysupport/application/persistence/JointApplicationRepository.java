package cn.gov.zhangping.fertility.familysupport.application.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.application.domain.JointApplication;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class JointApplicationRepository implements PanacheRepositoryBase<JointApplication, UUID> {

    public JointApplication get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Application", id));
    }

    public Optional<JointApplication> ofRegistration(UUID registrationId) {
        return find("registrationId", registrationId).firstResultOptional();
    }

    /** The township of the application: its birth registration's (the child's place of residence). */
    public String townshipOf(JointApplication a) {
        return getEntityManager().createQuery(
                        "select r.townshipCode from BirthRegistration r where r.id = :id", String.class)
                .setParameter("id", a.registrationId).getResultStream().findFirst().orElse(null);
    }
}
