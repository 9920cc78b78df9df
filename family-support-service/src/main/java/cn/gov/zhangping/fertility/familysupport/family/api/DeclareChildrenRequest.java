package cn.gov.zhangping.fertility.familysupport.family.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeclareChildrenRequest", description = "Earlier children of the family declared after its registration")
public class DeclareChildrenRequest {

    /* A class, not a record, for the reason FamilySearchRequest gives. */
    @NotNull(message = "is required")
    @NotEmpty(message = "must not be empty")
    @Size(max = 19, message = "must have at most 19 children")
    @Valid
    @Schema(maxItems = 19, minItems = 1)
    public List<@NotNull(message = "is required") EarlierChildRequest> children;
}
