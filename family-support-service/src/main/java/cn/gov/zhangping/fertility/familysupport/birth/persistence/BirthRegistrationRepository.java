package cn.gov.zhangping.fertility.familysupport.birth.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistration;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class BirthRegistrationRepository implements PanacheRepositoryBase<BirthRegistration, UUID> {

    public Optional<BirthRegistration> findSameBirth(String motherIdIndex, LocalDate birthDate, String childName) {
        return find("motherIdIndex = :mother and birthDate = :born and childName = :name",
                Parameters.with("mother", motherIdIndex).and("born", birthDate).and("name", childName))
                .firstResultOptional();
    }

    public List<BirthRegistration> page(String townshipCode, PageRequest page) {
        var query = townshipCode == null
                ? findAll(Sort.descending("registeredAt").and("id"))
                : find("townshipCode", Sort.descending("registeredAt").and("id"), townshipCode);
        return query.page(page.page, page.size).list();
    }

    public long count(String townshipCode) {
        return townshipCode == null ? count() : count("townshipCode", townshipCode);
    }
}
