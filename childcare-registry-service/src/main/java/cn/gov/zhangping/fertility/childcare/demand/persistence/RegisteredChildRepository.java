package cn.gov.zhangping.fertility.childcare.demand.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.childcare.demand.domain.ChildcareDemand.CommunityDemand;
import cn.gov.zhangping.fertility.childcare.demand.domain.RegisteredChild;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RegisteredChildRepository implements PanacheRepositoryBase<RegisteredChild, UUID> {

    /** Stores the child, or moves it to the place and birth date given when its registration is stored already. */
    public void place(RegisteredChild child) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO registered_child (registration_id, township_code, community_code, birth_date,
                            birth_order, special_family)
                        VALUES (:id, :township, :community, :born, :birthOrder, :specialFamily)
                        ON CONFLICT (registration_id) DO UPDATE SET township_code = EXCLUDED.township_code,
                            community_code = EXCLUDED.community_code, birth_date = EXCLUDED.birth_date,
                            birth_order = EXCLUDED.birth_order, special_family = EXCLUDED.special_family""")
                .setParameter("id", child.registrationId)
                .setParameter("township", child.townshipCode)
                .setParameter("community", child.communityCode)
                .setParameter("born", child.birthDate)
                .setParameter("birthOrder", child.birthOrder)
                .setParameter("specialFamily", child.specialFamily)
                .executeUpdate();
    }

    /** Removes the child of the registration; false when none was stored. */
    public boolean remove(UUID registrationId) {
        return delete("registrationId", registrationId) > 0;
    }

    /** Children of the township born from {@code bornFrom} to {@code bornTo} (both included), by community code. */
    public List<CommunityDemand> countByCommunity(String townshipCode, LocalDate bornFrom, LocalDate bornTo) {
        return getEntityManager().createQuery("""
                        SELECT new cn.gov.zhangping.fertility.childcare.demand.domain.ChildcareDemand$CommunityDemand(
                                c.communityCode, count(c))
                        FROM RegisteredChild c
                        WHERE c.townshipCode = :township AND c.birthDate BETWEEN :bornFrom AND :bornTo
                        GROUP BY c.communityCode
                        ORDER BY c.communityCode""", CommunityDemand.class)
                .setParameter("township", townshipCode)
                .setParameter("bornFrom", bornFrom)
                .setParameter("bornTo", bornTo)
                .getResultList();
    }

    /** Children born from {@code bornFrom} to {@code bornTo} (both included), by township code, or by community code of one township. */
    public java.util.Map<String, Long> countBornBetween(String townshipCode, LocalDate bornFrom, LocalDate bornTo) {
        String area = townshipCode == null ? "c.townshipCode" : "c.communityCode";
        var query = getEntityManager().createQuery("SELECT " + area + ", count(c) FROM RegisteredChild c "
                        + "WHERE c.birthDate BETWEEN :bornFrom AND :bornTo"
                        + (townshipCode == null ? "" : " AND c.townshipCode = :township") + " GROUP BY " + area, Object[].class)
                .setParameter("bornFrom", bornFrom)
                .setParameter("bornTo", bornTo);
        if (townshipCode != null) {
            query.setParameter("township", townshipCode);
        }
        List<Object[]> rows = query.getResultList();
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        rows.forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }
}
