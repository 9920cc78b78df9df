package cn.gov.zhangping.fertility.familysupport.household.leave.api;

import jakarta.validation.constraints.NotBlank;

import cn.gov.zhangping.fertility.familysupport.privacy.ValidResidentIdNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NursingLeaveCheckRequest", description = "The employee's identity number (in the body: never in a URL "
        + "or a log)")
public class NursingLeaveRequest {

    /* A class, not a record: one property (see FamilySearchRequest). */
    @NotBlank(message = "is required")
    @ValidResidentIdNumber
    @Schema(description = "The only child's resident identity number", example = "350881199001050012")
    public String childIdNumber;
}
