package cn.gov.zhangping.fertility.familysupport.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.contracts.reference.CommunityChangedV1;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

/**
 * family-support's copy of the community register (kept from community-changed.v1) and the rule a birth's place
 * must keep: the register is in force per township. Once at least one community of a township is known, a birth in
 * a community of that township that is not known is refused, as an unknown township is; a township with no
 * published community yet accepts any well-formed code under it, because the city cannot stop registering births
 * while the register is being loaded.
 */
@ApplicationScoped
public class CommunityRegister {

    @Inject
    EntityManager em;

    /** Whether a birth may be placed in the community of the township (see the class comment). */
    @Transactional
    public boolean admits(String townshipCode, String communityCode) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT count(*), count(*) FILTER (WHERE code = :community) FROM known_community
                        WHERE township_code = :township""")
                .setParameter("township", townshipCode).setParameter("community", communityCode).getSingleResult();
        long known = ((Number) row[0]).longValue();
        return known == 0 || ((Number) row[1]).longValue() > 0;
    }

    /**
     * The same answer for code that has no injection (the registration rules are plain functions): true outside a
     * running application, where there is no register to consult.
     */
    public static boolean admitsPlace(String townshipCode, String communityCode) {
        ArcContainer container = Arc.container();
        if (container == null || !container.isRunning()) {
            return true;
        }
        return container.instance(CommunityRegister.class).get().admits(townshipCode, communityCode);
    }

    /** Keeps the community as the event says, unless a newer revision of it is kept already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(CommunityChangedV1 c) {
        em.createNativeQuery("""
                        INSERT INTO known_community (code, township_code, revision) VALUES (:code, :township, :revision)
                        ON CONFLICT (code) DO UPDATE SET township_code = EXCLUDED.township_code, revision = EXCLUDED.revision
                        WHERE known_community.revision < EXCLUDED.revision""")
                .setParameter("code", c.communityCode()).setParameter("township", c.townshipCode())
                .setParameter("revision", c.revision()).executeUpdate();
    }
}
