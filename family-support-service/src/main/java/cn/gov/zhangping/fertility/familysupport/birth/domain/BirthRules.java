package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.zhangping.fertility.familysupport.community.CommunityRegister;
import cn.gov.zhangping.fertility.familysupport.family.domain.DeclaredChild;
import cn.gov.zhangping.fertility.familysupport.privacy.ResidentIdNumber;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.reference.Townships;

/**
 * The rules a registration must keep that need more than one field or today's date, for a new registration and for
 * a corrected one alike. Field-level rules (lengths, the child's name, the township list) are the request's
 * constraints.
 */
final class BirthRules {

    private BirthRules() {
    }

    /** Every rule {@code d} breaks, each with the field it is about; empty when it keeps them all. */
    static List<FieldError> broken(BirthDetails d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        ResidentIdNumber.problem(d.motherIdNumber(), today)
                .ifPresent(p -> errors.add(new FieldError("motherIdNumber", p)));
        if (d.childName().isBlank()) {
            errors.add(new FieldError("childName", "is required"));
        }
        if (d.hospital().isBlank()) {
            errors.add(new FieldError("hospital", "is required"));
        }
        if (d.birthDate().isAfter(today)) {
            errors.add(new FieldError("birthDate", "must not be in the future"));
        } else if (errors.stream().noneMatch(e -> e.field().equals("motherIdNumber"))) {
            LocalDate motherBorn = ResidentIdNumber.birthDate(ResidentIdNumber.normalise(d.motherIdNumber())).orElseThrow();
            if (!motherBorn.isBefore(d.birthDate())) {
                errors.add(new FieldError("birthDate", "must be after the mother's date of birth"));
            }
        }
        if (d.fatherIdNumber() != null) {
            ResidentIdNumber.problem(d.fatherIdNumber(), today)
                    .ifPresent(p -> errors.add(new FieldError("fatherIdNumber", p)));
        }
        List<DeclaredChild> earlier = d.earlierChildren() == null ? List.of() : d.earlierChildren();
        for (int n = 0; n < earlier.size(); n++) {
            int i = n;
            DeclaredChild c = earlier.get(i);
            if (c.birthDate().isAfter(d.birthDate())) {
                errors.add(new FieldError("earlierChildren[" + i + "].birthDate", "must not be after the birth registered"));
            }
            if (c.idNumber() != null) {
                ResidentIdNumber.problem(c.idNumber(), today)
                        .ifPresent(p -> errors.add(new FieldError("earlierChildren[" + i + "].idNumber", p)));
            }
        }
        if (!Townships.isCommunityOf(d.communityCode(), d.townshipCode())) {
            errors.add(new FieldError("communityCode", "must be the 12-digit code of a community in the township"));
        } else if (!CommunityRegister.admitsPlace(d.townshipCode(), d.communityCode())) {
            // the register is in force per township once it has a community there (CommunityRegister)
            errors.add(new FieldError("communityCode", "is not a community of the township's register"));
        }
        return errors;
    }
}
