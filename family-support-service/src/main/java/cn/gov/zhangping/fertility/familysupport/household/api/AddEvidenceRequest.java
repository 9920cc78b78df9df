package cn.gov.zhangping.fertility.familysupport.household.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddEvidenceRequest", description = "Documents seen after enrolment")
public class AddEvidenceRequest {

    /* A class, not a record: one property (see FamilySearchRequest). */
    @NotNull(message = "is required") @Size(min = 1, max = 20, message = "must have 1 to 20 documents")
    public List<@NotNull(message = "is required") @Valid EvidenceRequest> documents;
}
