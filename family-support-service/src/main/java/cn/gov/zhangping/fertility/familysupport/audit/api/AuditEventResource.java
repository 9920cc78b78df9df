package cn.gov.zhangping.fertility.familysupport.audit.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditAction;
import cn.gov.zhangping.fertility.familysupport.audit.domain.AuditedRecord;
import cn.gov.zhangping.fertility.familysupport.audit.persistence.AuditEventRepository;
import cn.gov.zhangping.fertility.platform.paging.Page;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who read or changed which personal record (PIPL Art. 51)")
public class AuditEventResource {

    static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    static final String SUBJECT_PATTERN = "^[^\\x00-\\x1F\\x7F]{1,200}$";
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    static final String EXAMPLE = """
            {"items":[{"id":"0b8a6c7e-2f0d-4a52-9d11-6f3e2c1b9a70","occurredAt":"2026-11-30T08:15:02.118Z",
              "subject":"auditor-lin","clientId":"audit-console","remoteAddress":"10.20.3.17","action":"FULL_ID_SHOWN",
              "recordType":"FAMILY","recordId":"5f0c2a8e-1b7d-4c3a-9e6f-8d2b1a0c9e7f","outcome":"OK","operation":"getFamily"}],
             "page":0,"size":50,"totalItems":1,"totalPages":1}""";

    @Inject
    AuditEventRepository events;

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Audited(value = AuditAction.AUDIT_READ, record = AuditedRecord.AUDIT_TRAIL)
    @Operation(operationId = "listAuditEvents", summary = "Read the audit trail",
            description = "Newest first, filtered by subject, record, action and time (from and to are UTC days, both "
                    + "included). Auditors only; each read is itself recorded (AUDIT_READ).")
    @APIResponse(responseCode = "200", description = "A page of audit events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one event", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<AuditEventResponse> list(
            @QueryParam("subject") @Pattern(regexp = SUBJECT_PATTERN, message = "must be 1 to 200 characters, no control characters")
            @Parameter(description = "Only this token subject", example = "registrar-chen") String subject,
            @QueryParam("recordType") @Parameter(description = "Only this kind of record") AuditedRecord recordType,
            @QueryParam("recordId") @Parameter(description = "Only this record") UUID recordId,
            @QueryParam("action") @Parameter(description = "Only this action") AuditAction action,
            @QueryParam("from") @Pattern(regexp = DATE_PATTERN, message = "must be a date (YYYY-MM-DD)")
            @Parameter(description = "From this UTC day", example = "2026-11-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date", pattern = DATE_PATTERN)) String from,
            @QueryParam("to") @Pattern(regexp = DATE_PATTERN, message = "must be a date (YYYY-MM-DD)")
            @Parameter(description = "To this UTC day, included", example = "2026-11-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date", pattern = DATE_PATTERN)) String to,
            @Valid @BeanParam PageRequest page) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        var filter = new AuditEventRepository.Filter(subject, recordType, recordId, action,
                first == null ? null : first.atStartOfDay().toInstant(ZoneOffset.UTC),
                last == null ? null : last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        return Page.of(events.page(filter, page).stream().map(AuditEventResponse::of).toList(), page,
                events.count(filter));
    }

    private static LocalDate day(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
                throw DomainException.invalid(field, "must be from " + EARLIEST + " to " + LATEST);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be a date (YYYY-MM-DD)");
        }
    }
}
