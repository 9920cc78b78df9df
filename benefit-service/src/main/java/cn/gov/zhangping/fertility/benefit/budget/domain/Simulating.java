package cn.gov.zhangping.fertility.benefit.budget.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.children.persistence.ChildRepository;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.platform.problem.DomainException;

/** Runs a {@link Simulation} over the births on record in a period. Reads only: it changes nothing. */
@ApplicationScoped
public class Simulating {

    /** The outcome under the current terms and the changed ones. */
    public record Result(PolicyCatalogue.Listing listing, Simulation.Outcome current, Simulation.Outcome changed) {
    }

    @Inject
    PolicyCatalogue catalogue;

    @Inject
    ChildRepository children;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result run(PolicyCode code, Simulation.Change change, LocalDate bornFrom, LocalDate bornTo) {
        PolicyCatalogue.Listing listing = catalogue.get(code);
        if (!Simulation.simulable(listing.policy())) {
            throw DomainException.invalid("policyCode", "has no amount to simulate (its unit is "
                    + listing.policy().unit() + ")");
        }
        List<Simulation.Birth> births = children.list("cancelled = false and birthDate >= ?1 and birthDate <= ?2",
                bornFrom, bornTo).stream().map(c -> new Simulation.Birth(c.registrationId, c.familyId, c.facts())).toList();
        return new Result(listing, Simulation.cost(listing.policy(), listing.timeline(), births),
                Simulation.cost(listing.policy(), Simulation.changed(listing.timeline(), change), births));
    }
}
