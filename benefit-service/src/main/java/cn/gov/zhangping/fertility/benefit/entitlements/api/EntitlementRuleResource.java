package cn.gov.zhangping.fertility.benefit.entitlements.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementService;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/entitlement-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entitlement rules", description = "The plan's rules that grant entitlements from a birth, with their sources")
public class EntitlementRuleResource {

    static final String EXAMPLE = """
            [{"code":"CHILDCARE_FEE_THIRD_CHILD_2023","entitlementCode":"CHILDCARE_FEE_REDUCTION","beneficiary":"CHILD",
              "minBirthOrder":3,"specialFamilyOnly":false,"quantity":null,"unit":null,"percent":50.00,
              "ageFromMonths":0,"ageToMonths":36,"effectiveFrom":"2023-04-10","effectiveTo":null,
              "costShare":[{"payer":"LONGYAN_PREFECTURE_FINANCE","payerName":"龙岩市级财政","parts":2,"percent":20.00},
                           {"payer":"ZHANGPING_CITY_FINANCE","payerName":"漳平市财政","parts":8,"percent":80.00}],
              "source":"漳政办规〔2023〕2号 二(三)8",
              "note":"托育保育费减免: 对生育三孩家庭婴幼儿入托（公办普惠性托育机构）托育保育费予以50%减免; ..."},
             {"code":"PARENTAL_LEAVE_MOTHER_2023","entitlementCode":"PARENTAL_LEAVE","beneficiary":"MOTHER",
              "minBirthOrder":null,"specialFamilyOnly":false,"quantity":10,"unit":"DAYS_PER_YEAR","percent":null,
              "ageFromMonths":0,"ageToMonths":36,"effectiveFrom":"2023-04-10","effectiveTo":null,"costShare":[],
              "source":"漳政办规〔2023〕2号 二(四)11",
              "note":"育儿假: 用人单位对符合法律、法规规定生育子女的夫妻，在其子女年满3周岁之前，每年给予夫妻双方各10天育儿假. ..."}]""";

    @Inject
    EntitlementService service;

    @GET
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REGISTRAR})
    @Operation(operationId = "listEntitlementRules", summary = "The entitlement rule catalogue",
            description = "Every version of every rule, with its terms, conditions, ages, the births it applies to, "
                    + "the cost share and the plan section it comes from.")
    @APIResponse(responseCode = "200", description = "All rule versions, by entitlement and beneficiary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EntitlementRuleResponse.class),
                    examples = @ExampleObject(name = "catalogue (excerpt)", value = EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<EntitlementRuleResponse> list() {
        return service.catalogue().stream().map(EntitlementRuleResponse::of).toList();
    }
}
