package cn.gov.zhangping.fertility.childcare.replacement.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.gov.zhangping.fertility.childcare.replacement.domain.ReplacementCase;
import cn.gov.zhangping.fertility.childcare.replacement.domain.ReplacementChild;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReplacementCaseRepository implements PanacheRepositoryBase<ReplacementCase, UUID> {

    /** The case with its row locked until the transaction ends: decisions on one case are taken one at a time. */
    public Optional<ReplacementCase> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Cases with a status and in a township (any when null), newest first. */
    public List<ReplacementCase> find(ReplacementCase.Status status, String townshipCode,
                                      java.util.Optional<java.util.Set<String>> townships) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (status != null) {
            q.append(" and status = :status");
            p.put("status", status);
        }
        if (townshipCode != null) {
            q.append(" and townshipCode = :township");
            p.put("township", townshipCode);
        }
        if (townships.isPresent()) {
            q.append(" and townshipCode in :scope");
            p.put("scope", townships.get());
        }
        return list(q + " order by openedAt desc, id", p);
    }

    public List<ReplacementChild> children(UUID caseId) {
        return getEntityManager().createQuery("from ReplacementChild where caseId = :id order by id", ReplacementChild.class)
                .setParameter("id", caseId).getResultList();
    }

    public void add(ReplacementChild child) {
        getEntityManager().persist(child);
    }
}
