package cn.gov.zhangping.fertility.familysupport.family.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.familysupport.family.domain.DeclaredChild;
import cn.gov.zhangping.fertility.familysupport.privacy.ValidResidentIdNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EarlierChild", description = "An earlier child of the mother that the suite has not seen (born before it "
        + "existed, or elsewhere): it counts for birth order. Declared again, or registered later, it stays one child.")
public record EarlierChildRequest(
        @NotNull(message = "is required")
        @Schema(description = "Date of birth (Asia/Shanghai); not in the future", example = "2019-05-02")
        LocalDate birthDate,
        @ValidResidentIdNumber
        @Schema(description = "The child's resident identity number, where it has one (GB 11643-1999)",
                example = "350881201905020021", nullable = true)
        String idNumber,
        @Schema(description = "The child has died (it still counts for birth order)", example = "false", nullable = true)
        Boolean deceased) {

    public DeclaredChild toDeclared() {
        return new DeclaredChild(birthDate, idNumber == null || idNumber.isBlank() ? null : idNumber,
                Boolean.TRUE.equals(deceased));
    }
}
