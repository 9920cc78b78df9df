package cn.gov.zhangping.fertility.benefit.entitlements.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of {@code Page<EntitlementResponse>}, the body of {@code listEntitlements}. */
@Schema(name = "EntitlementPage", description = "One page of a birth's entitlements")
record EntitlementPage(
        List<EntitlementResponse> items,
        @Schema(example = "0") int page,
        @Schema(example = "50") int size,
        @Schema(example = "4") long totalItems,
        @Schema(example = "1") long totalPages) {
}
