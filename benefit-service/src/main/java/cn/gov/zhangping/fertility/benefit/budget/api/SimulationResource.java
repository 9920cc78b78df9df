package cn.gov.zhangping.fertility.benefit.budget.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.benefit.budget.domain.Simulating;
import cn.gov.zhangping.fertility.benefit.budget.domain.Simulation;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.policy.domain.VersionDraft;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/simulations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "What each benefit costs each payer in a year, and next year's forecast")
public class SimulationResource {

    static final String REQUEST_EXAMPLE = """
            {"policyCode":"HOME_PURCHASE_SUBSIDY","change":{"amount":30000.00,"minBirthOrder":null},
             "bornFrom":"2023-04-10","bornTo":"2025-12-31"}""";

    static final String EXAMPLE = """
            {"policyCode":"HOME_PURCHASE_SUBSIDY","bornFrom":"2023-04-10","bornTo":"2025-12-31",
             "current":{"families":2,"children":2,"total":40000.00,
                        "split":[{"payer":"ZHANGPING_CITY_FINANCE","amount":40000.00}]},
             "changed":{"families":2,"children":2,"total":60000.00,
                        "split":[{"payer":"ZHANGPING_CITY_FINANCE","amount":60000.00}]},
             "difference":{"families":0,"children":0,"total":20000.00,
                        "split":[{"payer":"ZHANGPING_CITY_FINANCE","amount":20000.00}]}}""";

    @Inject
    Simulating simulating;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.ADMINISTRATOR, Roles.REVIEWER, Roles.READER})
    @Operation(operationId = "simulate", summary = "Simulate a changed parameter of a benefit",
            description = "For the births on record (not cancelled) in bornFrom–bornTo: what the benefit costs, per "
                    + "payer (the catalogue's split, odd fen by largest remainder), and how many families and children "
                    + "have a cost, under its versions as they stand and with the change applied to every line of every "
                    + "version (the amount in the policy's unit, or the minimum birth order), and the difference. A "
                    + "benefit due per month counts each child's months over its whole period; one paid once per family "
                    + "counts each family with a child that meets the terms once, as if every such family claimed. "
                    + "Only benefits with an amount can be simulated (400 otherwise). Changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimulationRequest.class),
            examples = @ExampleObject(name = "a 30,000 yuan home purchase subsidy", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The costs under both terms and the difference",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimulationResponse.class),
                    examples = @ExampleObject(name = "a 30,000 yuan home purchase subsidy", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public SimulationResponse simulate(@Valid @NotNull(message = "a JSON body is required") SimulationRequest request) {
        PolicyCode code;
        try {
            code = PolicyCode.valueOf(request.policyCode());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("policyCode", "is not a policy of the catalogue");
        }
        SimulationRequest.Change change = request.change();
        if ((change.amount() == null) == (change.minBirthOrder() == null)) {
            throw DomainException.invalid("change", "must give exactly one of amount and minBirthOrder");
        }
        LocalDate from = date("bornFrom", request.bornFrom());
        LocalDate to = date("bornTo", request.bornTo());
        if (to.isBefore(from)) {
            throw DomainException.invalid("bornTo", "must be on or after bornFrom");
        }
        Simulating.Result result = simulating.run(code, new Simulation.Change(
                change.amount() == null ? null : Fen.ofYuan(change.amount()), change.minBirthOrder()), from, to);
        return SimulationResponse.of(code, from, to, result.listing().policy().payers(), result.current(), result.changed());
    }

    private static LocalDate date(String field, String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.isBefore(VersionDraft.EARLIEST) || day.isAfter(VersionDraft.LATEST)) {
                throw DomainException.invalid(field, "must be from " + VersionDraft.EARLIEST + " to " + VersionDraft.LATEST);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be a date (YYYY-MM-DD)");
        }
    }
}
