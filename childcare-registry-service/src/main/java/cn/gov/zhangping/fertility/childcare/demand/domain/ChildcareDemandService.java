package cn.gov.zhangping.fertility.childcare.demand.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.demand.persistence.RegisteredChildRepository;
import cn.gov.zhangping.fertility.childcare.standards.domain.AgeLimit;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandards;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.Township;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import cn.gov.zhangping.fertility.platform.time.CivilDate;
import org.jboss.logging.Logger;

/**
 * The demand side of childcare planning (漳政办规〔2023〕2号 二(三)9, indicator 12 "每千人口拥有3岁以下婴幼儿托位数"):
 * every registered child is counted once in its township and community while it is under the age limit. A
 * correction moves the child to its new township, community or birth date (and so age group); a cancellation
 * removes it.
 */
@ApplicationScoped
public class ChildcareDemandService {

    private static final Logger LOG = Logger.getLogger(ChildcareDemandService.class);

    @Inject
    RegisteredChildRepository repository;

    @Inject
    PlanningStandards standards;

    /** Counts the child where and as born its registration now says: in its township and community, by its birth date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(RegisteredChild child) {
        repository.place(child);
    }

    /** Stops counting the child of a cancelled registration. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(UUID registrationId) {
        if (!repository.remove(registrationId)) {
            LOG.infof("birth registration %s was cancelled before any child of it was counted", registrationId);
        }
    }

    /** Children under the age limit on {@code date} (today when null) in the township, by community. */
    @Transactional
    public ChildcareDemand demand(String townshipCode, LocalDate date) {
        Township township = Townships.byCode(townshipCode).orElseThrow(
                () -> DomainException.invalid("townshipCode", "is not a township code of Zhangping (350881xxx)"));
        LocalDate on = date != null ? date : CivilDate.today();
        AgeLimit limit = standards.childAgeLimit();
        List<ChildcareDemand.CommunityDemand> byCommunity =
                repository.countByCommunity(township.code(), limit.earliestBirthDateUnderOn(on), on);
        long total = byCommunity.stream().mapToLong(ChildcareDemand.CommunityDemand::children).sum();
        return new ChildcareDemand(township.code(), township.name(), on, limit.years(), limit.source(), total, byCommunity);
    }
}
