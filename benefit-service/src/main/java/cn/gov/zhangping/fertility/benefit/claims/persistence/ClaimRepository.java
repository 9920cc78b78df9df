package cn.gov.zhangping.fertility.benefit.claims.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.benefit.claims.domain.Claim;
import cn.gov.zhangping.fertility.benefit.claims.domain.ClaimStatus;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /** Whether a claim for a once-per-family benefit stands (submitted or approved) for the family. */
    public boolean standing(PolicyCode code, UUID familyId) {
        return count("policyCode = ?1 and familyId = ?2 and status <> ?3", code, familyId, ClaimStatus.REJECTED) > 0;
    }

    public boolean contractClaimed(String contractNumber) {
        return count("policyCode = ?1 and contractNumber = ?2 and status <> ?3", PolicyCode.HOME_PURCHASE_SUBSIDY,
                contractNumber, ClaimStatus.REJECTED) > 0;
    }

    public List<Claim> ofFamily(UUID familyId) {
        return list("familyId = ?1 order by submittedAt, id", familyId);
    }

    public List<Claim> approved(PolicyCode code) {
        return list("policyCode = ?1 and status = ?2 order by submittedAt, id", code, ClaimStatus.APPROVED);
    }
}
