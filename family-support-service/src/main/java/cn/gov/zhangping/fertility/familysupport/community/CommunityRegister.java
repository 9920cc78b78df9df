package cn.gov.zhangping.fertility.familysupport.community;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.contracts.reference.CommunityChangedV1;
import cn.gov.zhangping.fertility.platform.reference.ReferenceCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

/**
 * family-support's copy of the community register (kept from community-changed.v1) and the rule a birth's place
 * must keep: the register is in force per township. Once at least one community of a township is known, a birth in
 * a community of that township that is not known is refused, as an unknown township is; a township with no
 * published community yet accepts any well-formed code under it, because the city cannot stop registering births
 * while the register is being loaded.
 * <p>
 * Every registration consults it, so the register (a few hundred rows) is kept in memory and read again at most every
 * {@code fertility.reference.cache-ttl} (30 s): a community this replica keeps is seen at once; one that another
 * replica of the consumer group received, within 30 s.
 */
@ApplicationScoped
public class CommunityRegister {

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "fertility.reference.cache-ttl", defaultValue = "30s")
    Duration ttl;

    private ReferenceCache<Map<String, Set<String>>> known;

    @PostConstruct
    void init() {
        known = new ReferenceCache<>(ttl, this::read);
    }

    /** Whether a birth may be placed in the community of the township (see the class comment). */
    @Transactional
    public boolean admits(String townshipCode, String communityCode) {
        Set<String> ofTownship = known.get().getOrDefault(townshipCode, Set.of());
        return ofTownship.isEmpty() || ofTownship.contains(communityCode);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Set<String>> read() {
        Map<String, Set<String>> byTownship = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT township_code, code FROM known_community")
                .getResultList()) {
            byTownship.computeIfAbsent((String) row[0], t -> new HashSet<>()).add((String) row[1]);
        }
        byTownship.replaceAll((t, codes) -> Set.copyOf(codes));
        return Map.copyOf(byTownship);
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
        known.invalidateAfter(transactions);
    }
}
