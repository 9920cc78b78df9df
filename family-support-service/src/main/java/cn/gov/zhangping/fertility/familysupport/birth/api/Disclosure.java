package cn.gov.zhangping.fertility.familysupport.birth.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistration;
import cn.gov.zhangping.fertility.familysupport.privacy.PersonalDataProtector;
import cn.gov.zhangping.fertility.platform.security.Roles;

/**
 * The one rule for showing personal data, wherever it appears (a registration, its history): auditors see
 * identity numbers (the mother's, the father's, a child's) in full and everyone else their masked form; registrars,
 * reviewers and auditors see the child's name in full and readers its first character only.
 */
@ApplicationScoped
public class Disclosure {

    @Inject
    PersonalDataProtector protector;

    String motherIdNumber(BirthRegistration r, SecurityContext caller) {
        return idNumber(r.motherIdCipher, r.motherIdMasked, caller);
    }

    /** Any identity number (a mother's, a father's, a child's; null when there is none), by the same rule. */
    public String idNumber(byte[] cipher, String masked, SecurityContext caller) {
        if (cipher == null) {
            return null;
        }
        return caller.isUserInRole(Roles.AUDITOR) ? protector.decrypt(cipher) : masked;
    }

    String childName(String name, SecurityContext caller) {
        boolean full = caller.isUserInRole(Roles.REGISTRAR) || caller.isUserInRole(Roles.AUDITOR)
                || caller.isUserInRole(Roles.REVIEWER);
        return full ? name : masked(name);
    }

    /** The first character and a star for each other one, counted in code points so no surrogate pair is split. */
    static String masked(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
