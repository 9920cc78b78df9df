package cn.gov.zhangping.fertility.benefit.claims.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.claims.persistence.ClaimRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;

/** Approves or rejects a submitted claim (409 once decided); the caller's department is checked by the resource. */
@ApplicationScoped
public class DecidingClaim {

    @Inject
    ClaimRepository claims;

    @Transactional
    public Claim approve(UUID id, String by) {
        Claim claim = locked(id);
        claim.approve(by, Instant.now());
        return claim;
    }

    @Transactional
    public Claim reject(UUID id, String by, String reason) {
        Claim claim = locked(id);
        claim.reject(by, Instant.now(), reason);
        return claim;
    }

    @Transactional
    public Claim get(UUID id) {
        return claims.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("claim", id));
    }

    /** The family's claims, oldest first. */
    @Transactional
    public java.util.List<Claim> ofFamily(UUID familyId) {
        return claims.ofFamily(familyId);
    }

    private Claim locked(UUID id) {
        Claim claim = claims.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw DomainException.notFound("claim", id);
        }
        return claim;
    }
}
