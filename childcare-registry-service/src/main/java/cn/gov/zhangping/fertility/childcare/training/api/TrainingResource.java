package cn.gov.zhangping.fertility.childcare.training.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.zhangping.fertility.childcare.training.domain.RecordingTraining;
import cn.gov.zhangping.fertility.childcare.training.domain.TrainingCohort;
import cn.gov.zhangping.fertility.childcare.training.domain.TrainingProgress;
import cn.gov.zhangping.fertility.childcare.training.domain.TrainingProgressReport;
import cn.gov.zhangping.fertility.childcare.training.persistence.TrainingCohortRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/infant-care-trainings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Infant-care worker training", description = "Training cohorts of 育婴师 and 保育师 recorded by the HR & social "
        + "security bureau (task 8), counts only, and indicator 11 against its targets; published as training-recorded.v1")
public class TrainingResource {

    static final String EXAMPLE = """
            {"course":"保育师（五级）","provider":"漳平市职业技术学校","townshipCode":"350881001","startDate":"2026-03-01",
             "endDate":"2026-04-30","trained":45,"certified":41}""";
    static final String CORRECT_EXAMPLE = """
            {"cohort":{"course":"保育师（五级）","provider":"漳平市职业技术学校","townshipCode":"350881001","startDate":"2026-03-01",
             "endDate":"2026-04-30","trained":48,"certified":43},"reason":"补录 3 名结业学员"}""";
    static final String PROGRESS_EXAMPLE = """
            {"annualTarget":200.00,"annualTargetSource":"漳政办规〔2023〕2号 二(三)8; 附件1 指标11","totalTarget":600.00,
             "totalTargetYear":2025,"totalTargetSource":"漳政办规〔2023〕2号 附件1 指标11","trained":412,"certified":380,
             "shareOfTotalTargetPercent":68.7,"trainedByTargetYear":412,"totalTargetReached":false,
             "years":[{"year":2024,"cohorts":5,"trained":212,"certified":198,"annualTargetReached":true,"cumulativeTrained":212},
                      {"year":2025,"cohorts":4,"trained":200,"certified":182,"annualTargetReached":true,"cumulativeTrained":412}]}""";
    private static final String ID = "Cohort id";
    private static final String HR = Roles.HR_SOCIAL_SECURITY;

    @Inject
    RecordingTraining recording;

    @Inject
    TrainingProgressReport progress;

    @Inject
    TrainingCohortRepository cohorts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(HR)
    @Operation(operationId = "recordTrainingCohort", summary = "Record a training cohort (HR & social security)",
            description = "Counts only, no trainee is named. An end before the start or more certified than trained is a "
                    + "400. Publishes training-recorded.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CohortRequest.class), examples = @ExampleObject(name = "spring cohort", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response record(@Valid @NotNull(message = "a JSON body is required") CohortRequest request) {
        TrainingCohort c = recording.record(request.toDetails(), HR);
        return Response.created(URI.create("/api/v1/infant-care-trainings/" + c.id)).entity(CohortResponse.of(c)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(HR)
    @Operation(operationId = "correctTrainingCohort", summary = "Correct a training cohort (HR & social security)",
            description = "Replaces the cohort's figures and keeps the earlier version with the reason; a change moves "
                    + "the revision on and is published as training-recorded.v1. The same figures again change nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CorrectCohortRequest.class), examples = @ExampleObject(name = "three more", value = CORRECT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The cohort as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CohortResponse correct(@Parameter(description = ID) @PathParam("id") UUID id,
                                  @Valid @NotNull(message = "a JSON body is required") CorrectCohortRequest request) {
        return CohortResponse.of(recording.correct(id, request.cohort().toDetails(), request.reason().strip(), HR));
    }

    @GET
    @RolesAllowed({HR, Roles.READER, Roles.AUDITOR, Roles.ADMINISTRATOR})
    @Transactional
    @Operation(operationId = "listTrainingCohorts", summary = "Training cohorts, by end date (HR & social security, reader, auditor, administrator)",
            description = "The cohorts ending in the year when given.")
    @APIResponse(responseCode = "200", description = "The cohorts", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = CohortResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<CohortResponse> list(@Parameter(description = "Year the cohorts end in", example = "2026") @QueryParam("year")
                                     @Min(value = 2000, message = "must be at least 2000") @Max(value = 2100, message = "must be at most 2100")
                                     Integer year) {
        return cohorts.endingIn(year).stream().map(CohortResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({HR, Roles.READER, Roles.AUDITOR, Roles.ADMINISTRATOR})
    @Transactional
    @Operation(operationId = "getTrainingCohort", summary = "One training cohort (HR & social security, reader, auditor, administrator)")
    @APIResponse(responseCode = "200", description = "The cohort",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CohortResponse get(@Parameter(description = ID) @PathParam("id") UUID id) {
        return CohortResponse.of(find(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({HR, Roles.READER, Roles.AUDITOR, Roles.ADMINISTRATOR})
    @Transactional
    @Operation(operationId = "getTrainingCohortHistory", summary = "Every version of a cohort, oldest first (HR & social security, reader, auditor, administrator)")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = CohortResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<CohortResponse> history(@Parameter(description = ID) @PathParam("id") UUID id) {
        find(id);
        return cohorts.versions(id).stream().map(CohortResponse::of).toList();
    }

    @GET
    @Path("/progress")
    @RolesAllowed({HR, Roles.READER, Roles.AUDITOR, Roles.ADMINISTRATOR})
    @Operation(operationId = "getTrainingProgress", summary = "Indicator 11: persons trained per year and in all against the "
            + "targets (HR & social security, reader, auditor, administrator)",
            description = "A cohort counts in the year it ends. Targets are the seeded planning standards "
                    + "INFANT_CARE_WORKERS_TRAINED_PER_YEAR (200 a year) and INFANT_CARE_WORKERS_TRAINED_TOTAL (600 by 2025).")
    @APIResponse(responseCode = "200", description = "The progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingProgress.class),
                    examples = @ExampleObject(name = "two years", value = PROGRESS_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public TrainingProgress progress() {
        return progress.progress();
    }

    private TrainingCohort find(UUID id) {
        return cohorts.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("training cohort", id));
    }
}
