package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.entitlements.persistence.EntitlementRepository;
import cn.gov.zhangping.fertility.benefit.entitlements.persistence.EntitlementRuleRepository;
import cn.gov.zhangping.fertility.platform.paging.Page;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import org.jboss.logging.Logger;

/** Records the entitlements that follow from each registered birth, once per birth, and reads them back. */
@ApplicationScoped
public class EntitlementService {

    private static final Logger LOG = Logger.getLogger(EntitlementService.class);

    @Inject
    EntitlementRepository entitlements;

    @Inject
    EntitlementRuleRepository rules;

    /**
     * Records what {@code birth} entitles to under the rules in force for its date of birth. A birth whose
     * entitlements are already recorded (the same birth announced again) changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Entitlement> recordFor(Birth birth) {
        if (entitlements.recordedFor(birth.registrationId())) {
            LOG.infof("entitlements of birth registration %s are already recorded", birth.registrationId());
            return List.of();
        }
        List<Entitlement> granted = EntitlementPolicy.entitlementsFor(birth, rules.listAll(), Instant.now());
        granted.forEach(entitlements::persist);
        LOG.infof("recorded %d entitlements for birth registration %s", granted.size(), birth.registrationId());
        return granted;
    }

    public Page<Entitlement> forBirth(UUID birthRegistrationId, PageRequest page) {
        return Page.of(entitlements.page(birthRegistrationId, page), page, entitlements.count(birthRegistrationId));
    }

    public List<EntitlementRule> catalogue() {
        return rules.catalogue();
    }
}
