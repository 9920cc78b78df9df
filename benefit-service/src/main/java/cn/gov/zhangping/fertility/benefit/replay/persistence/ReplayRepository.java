package cn.gov.zhangping.fertility.benefit.replay.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReplayRepository implements PanacheRepositoryBase<PolicyReplay, UUID> {

    public Optional<PolicyReplay> of(PolicyCode code, int version) {
        return find("policyCode = ?1 and versionNumber = ?2", code.name(), version).firstResultOptional();
    }

    public void persistLine(ReplayLineRow row) {
        getEntityManager().persist(row);
    }

    /** A page of a replay's lines, in their order (by family, then child or claim). */
    public List<ReplayLineRow> lines(UUID replayId, PageRequest page) {
        return getEntityManager().createQuery("from ReplayLineRow l where l.replayId = :replay order by l.position",
                        ReplayLineRow.class).setParameter("replay", replayId)
                .setFirstResult((int) page.offset()).setMaxResults(page.size).getResultList();
    }

    public long countLines(UUID replayId) {
        return getEntityManager().createQuery("select count(l) from ReplayLineRow l where l.replayId = :replay", Long.class)
                .setParameter("replay", replayId).getSingleResult();
    }
}
