package cn.gov.zhangping.fertility.familysupport.family.api;

import jakarta.validation.constraints.NotBlank;

import cn.gov.zhangping.fertility.familysupport.privacy.ValidResidentIdNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FamilySearchRequest", description = "A parent's identity number, matched exactly (in the body, so that it "
        + "never appears in a URL or an access log)")
public class FamilySearchRequest {

    /*
     * A class, not a record: Jackson builds a one-property record as soon as it has read that property, and then
     * fails on a repeated key with a definition error (a 500) instead of taking the last value.
     */
    @NotBlank(message = "is required")
    @ValidResidentIdNumber
    @Schema(description = "The mother's or the father's resident identity number", example = "350881199003150026")
    public String parentIdNumber;
}
