package cn.gov.zhangping.fertility.familysupport.household.api;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.familysupport.birth.api.Disclosure;
import cn.gov.zhangping.fertility.familysupport.household.domain.Household;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdEvidenceRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdHistoryRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdMemberRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRepository;
import cn.gov.zhangping.fertility.platform.security.CallerScope;

/** A household as the API shows it, identity numbers by the one disclosure rule. */
@ApplicationScoped
public class HouseholdViews {

    @Inject
    HouseholdMemberRepository members;

    @Inject
    HouseholdEvidenceRepository evidence;

    @Inject
    HouseholdHistoryRepository history;

    @Inject
    Disclosure disclosure;

    @Inject
    HouseholdRepository households;

    @Inject
    CallerScope scope;

    /** The household when its township is in the caller's scope; else 404 as if it did not exist. */
    public Household visible(UUID id) {
        Household h = households.get(id);
        return scope.visible(h, h.townshipCode, "Household", id);
    }

    public HouseholdResponse view(Household h, SecurityContext caller) {
        return new HouseholdResponse(h.id, h.basis, h.scheme, h.status, h.endedOn, h.specialSince, h.familyId,
                h.townshipCode, h.revision,
                members.of(h.id).stream().map(m -> new HouseholdResponse.Member(m.id, m.role, m.sex, m.birthDate,
                        m.hukouType, disclosure.idNumber(m.idNumberCipher, m.idNumberMasked, caller), m.diedOn,
                        m.disabilityGrade)).toList(),
                evidence.of(h.id).stream().map(e -> new HouseholdResponse.Evidence(e.documentType, e.documentNumber,
                        e.issuedOn, e.recordedAt, e.recordedBy)).toList(),
                history.of(h.id).stream().map(c -> new HouseholdResponse.Change(c.revision, c.kind, c.memberId,
                        c.effectiveOn, c.basisAfter, c.schemeAfter, c.statusAfter, c.recordedAt, c.recordedBy)).toList());
    }
}
