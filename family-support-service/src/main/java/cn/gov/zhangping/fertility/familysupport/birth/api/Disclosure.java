package cn.gov.zhangping.fertility.familysupport.birth.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.familysupport.birth.domain.BirthRegistration;
import cn.gov.zhangping.fertility.familysupport.privacy.PersonalDataProtector;
import cn.gov.zhangping.fertility.platform.security.PersonalDataPolicy;
import cn.gov.zhangping.fertility.platform.security.PersonalDataPolicy.Field;
import cn.gov.zhangping.fertility.platform.security.PersonalDataPolicy.Visibility;

/**
 * Applies the suite's one rule for personal data ({@link PersonalDataPolicy}) wherever family-support shows it (a
 * registration, its history, a family, a household): an identity number is decrypted only for a role that sees it
 * in full, everyone else gets its stored masked form; a child's name is shown in full or masked by the same rule.
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
        return PersonalDataPolicy.visibility(Field.ID_NUMBER, caller::isUserInRole) == Visibility.FULL
                ? protector.decrypt(cipher) : masked;
    }

    String childName(String name, SecurityContext caller) {
        return PersonalDataPolicy.show(Field.NAME, name, caller::isUserInRole);
    }
}
