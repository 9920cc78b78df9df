package cn.gov.zhangping.fertility.familysupport.household.care.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.familysupport.household.care.domain.CareService;
import cn.gov.zhangping.fertility.familysupport.household.care.domain.CensusLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HouseholdCare", description = "A household's contact persons, family doctor, care log and census checks")
public record CareResponse(
        UUID householdId,
        @Schema(nullable = true) CareRequest.Contact townshipContact,
        @Schema(nullable = true) CareRequest.Contact villageContact,
        @Schema(nullable = true) CareRequest.Doctor familyDoctor,
        @Schema(description = "Oldest first") List<Visit> visits,
        @Schema(description = "By year and level") List<Census> census) {

    @Schema(name = "CareVisit")
    public record Visit(UUID id, CareService service, LocalDate visitedOn, @Schema(nullable = true) String note,
                        Instant recordedAt, String recordedBy) {
    }

    @Schema(name = "CensusCheck")
    public record Census(int year, CensusLevel level, LocalDate checkedOn, String checkedBy,
                         @Schema(nullable = true) String finding) {
    }
}
