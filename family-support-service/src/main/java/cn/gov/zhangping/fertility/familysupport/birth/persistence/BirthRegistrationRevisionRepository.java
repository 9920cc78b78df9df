package cn.gov.zhangping.fertility.familysupport.birth.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistrationRevision;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class BirthRegistrationRevisionRepository implements PanacheRepositoryBase<BirthRegistrationRevision, UUID> {

    /** Every revision of a registration, the first one first. */
    public List<BirthRegistrationRevision> of(UUID registrationId) {
        return list("registrationId", Sort.ascending("revision"), registrationId);
    }
}
