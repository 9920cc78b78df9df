package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.time.LocalDate;

/**
 * The fields a registrar corrects, each null when it is left as it is. The mother is not correctable here: a birth
 * registered under the wrong mother is cancelled (registered in error) and registered again.
 */
public record BirthCorrection(Sex sex, LocalDate birthDate, Integer birthOrder, String townshipCode,
                              String communityCode, Boolean specialFamily, Boolean rural, String childName,
                              String hospital) {

    /** {@code details} with these corrections applied; texts are trimmed as at registration. */
    public BirthDetails applyTo(BirthDetails details) {
        return new BirthDetails(details.motherIdNumber(),
                childName == null ? details.childName() : childName.strip(),
                sex == null ? details.sex() : sex,
                birthDate == null ? details.birthDate() : birthDate,
                birthOrder == null ? details.birthOrder() : birthOrder,
                townshipCode == null ? details.townshipCode() : townshipCode,
                communityCode == null ? details.communityCode() : communityCode,
                hospital == null ? details.hospital() : hospital.strip(),
                specialFamily == null ? details.specialFamily() : specialFamily,
                rural == null ? details.rural() : rural,
                null, null, null, null);
    }
}
