package cn.gov.zhangping.fertility.familysupport.household.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.familysupport.household.domain.DocumentType;
import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdEvidence;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HouseholdEvidence", description = "A document the registrar saw: type, number, date (no file is kept)")
public record EvidenceRequest(
        @NotNull(message = "is required") @Schema(example = "ONLY_CHILD_CERTIFICATE") DocumentType documentType,
        @NotBlank(message = "is required") @MaxLength(60)
        @Schema(description = "The document's number", example = "闽独字第0012345号", maxLength = 60)
        String documentNumber,
        @NotNull(message = "is required") @Schema(description = "Date of issue; not in the future", example = "1992-05-10")
        @JsonFormat(lenient = OptBoolean.FALSE)
        LocalDate issuedOn) {

    HouseholdEvidence.Document toDocument() {
        return new HouseholdEvidence.Document(documentType, documentNumber, issuedOn);
    }
}
