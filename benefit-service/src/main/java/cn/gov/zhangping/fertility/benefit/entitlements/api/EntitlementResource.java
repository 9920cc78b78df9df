package cn.gov.zhangping.fertility.benefit.entitlements.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import cn.gov.zhangping.fertility.platform.paging.Page;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/entitlements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entitlements", description = "What each registered birth entitles to: 育儿假, 营养包, 托育保育费减免")
public class EntitlementResource {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    static final String EXAMPLE = """
            {"items":[
             {"id":"0b7f1c9e-5a3d-4a51-9d0e-2f5c8e7a6b14","birthRegistrationId":"5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f",
              "code":"CHILDCARE_FEE_REDUCTION","beneficiary":"CHILD","quantity":null,"unit":null,"percent":50.00,
              "validFrom":"2026-11-20","validUntil":"2029-11-19","status":"ELIGIBLE",
              "costShare":[{"payer":"LONGYAN_PREFECTURE_FINANCE","payerName":"龙岩市级财政","parts":2,"percent":20.00},
                           {"payer":"ZHANGPING_CITY_FINANCE","payerName":"漳平市财政","parts":8,"percent":80.00}],
              "ruleCode":"CHILDCARE_FEE_THIRD_CHILD_2023","source":"漳政办规〔2023〕2号 二(三)8","recordedAt":"2026-11-21T08:00:05Z",
              "history":[{"change":"GRANTED","reason":"REGISTRATION_CORRECTED","detail":"corrected: birthOrder","revision":2,"ruleCode":"CHILDCARE_FEE_THIRD_CHILD_2023","quantity":null,"unit":null,"percent":50.00,
               "validFrom":"2026-11-20","validUntil":"2029-11-19","changedAt":"2026-11-21T08:00:05Z"}]},
             {"id":"3c1d7e22-8f4b-4d0a-b6e1-7a9c2d5f3e08","birthRegistrationId":"5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f",
              "code":"NUTRITION_PACK","beneficiary":"CHILD","quantity":null,"unit":null,"percent":100.00,
              "validFrom":"2027-05-20","validUntil":"2028-11-19","status":"ELIGIBLE","costShare":[],
              "ruleCode":"NUTRITION_PACK_2023","source":"漳政办规〔2023〕2号 二(二)6","recordedAt":"2026-11-20T08:00:05Z",
              "history":[{"change":"GRANTED","reason":"BIRTH_REGISTERED","detail":null,"revision":1,"ruleCode":"NUTRITION_PACK_2023","quantity":null,"unit":null,"percent":100.00,
               "validFrom":"2027-05-20","validUntil":"2028-11-19","changedAt":"2026-11-20T08:00:05Z"}]},
             {"id":"9a4e6b13-2c7d-4f85-a0b9-1e3d5c7f9a20","birthRegistrationId":"5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f",
              "code":"PARENTAL_LEAVE","beneficiary":"FATHER","quantity":10,"unit":"DAYS_PER_YEAR","percent":null,
              "validFrom":"2026-11-20","validUntil":"2029-11-19","status":"ELIGIBLE","costShare":[],
              "ruleCode":"PARENTAL_LEAVE_FATHER_2023","source":"漳政办规〔2023〕2号 二(四)11","recordedAt":"2026-11-20T08:00:05Z",
              "history":[{"change":"GRANTED","reason":"BIRTH_REGISTERED","detail":null,"revision":1,"ruleCode":"PARENTAL_LEAVE_FATHER_2023","quantity":10,"unit":"DAYS_PER_YEAR","percent":null,
               "validFrom":"2026-11-20","validUntil":"2029-11-19","changedAt":"2026-11-20T08:00:05Z"}]},
             {"id":"e5f7a9c1-4b3d-4e2f-8a6c-0d9b7e5c3a14","birthRegistrationId":"5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f",
              "code":"PARENTAL_LEAVE","beneficiary":"MOTHER","quantity":10,"unit":"DAYS_PER_YEAR","percent":null,
              "validFrom":"2026-11-20","validUntil":"2029-11-19","status":"ELIGIBLE","costShare":[],
              "ruleCode":"PARENTAL_LEAVE_MOTHER_2023","source":"漳政办规〔2023〕2号 二(四)11","recordedAt":"2026-11-20T08:00:05Z",
              "history":[{"change":"GRANTED","reason":"BIRTH_REGISTERED","detail":null,"revision":1,"ruleCode":"PARENTAL_LEAVE_MOTHER_2023","quantity":10,"unit":"DAYS_PER_YEAR","percent":null,
               "validFrom":"2026-11-20","validUntil":"2029-11-19","changedAt":"2026-11-20T08:00:05Z"}]}],
             "page":0,"size":50,"totalItems":4,"totalPages":1}""";

    @Inject
    EntitlementService service;

    @GET
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REGISTRAR})
    @Operation(operationId = "listEntitlements", summary = "Entitlements recorded for one registered birth",
            description = "Parental leave for each parent, the infant nutrition pack and, for a third or later child or a "
                    + "child of a family-planning special family, the childcare fee reduction. Determined when the birth is "
                    + "registered and again when its registration is corrected; withdrawn ones stay with status "
                    + "WITHDRAWN (a correction that no longer entitles, or a cancellation), and each entitlement carries "
                    + "the history of its changes with the revision of the registration that caused them. An empty page "
                    + "means nothing is recorded (yet) for that registration.")
    @APIResponse(responseCode = "200", description = "One page of the birth's entitlements, by code and beneficiary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntitlementPage.class),
                    examples = @ExampleObject(name = "third child", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<EntitlementResponse> list(
            @Parameter(description = "The birth registration (family-support-service)", required = true,
                    example = "5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("birthRegistrationId") @NotNull(message = "is required")
            @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String birthRegistrationId,
            @Valid @BeanParam PageRequest page) {
        return service.forBirth(UUID.fromString(birthRegistrationId), page).map(EntitlementResponse::of);
    }
}
