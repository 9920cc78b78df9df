package cn.gov.zhangping.fertility.benefit.policy.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PublishedVersionRepository implements PanacheRepositoryBase<PublishedVersion, UUID> {

    public List<PublishedVersion> all() {
        return list("order by policyCode, number");
    }

    public List<PublishedVersion> of(PolicyCode code) {
        return list("policyCode = ?1 order by number", code.name());
    }

    /**
     * Makes this transaction the only one publishing versions of {@code code} until it ends, so that two versions
     * published at once cannot both pass the overlap check.
     */
    public void lockPublishing(PolicyCode code) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "policy_version:" + code.name())
                .getSingleResult();
    }
}
