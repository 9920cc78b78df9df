package cn.gov.zhangping.fertility.childcare.enrolment.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawRequest", description = "The family withdraws the child")
public record WithdrawRequest(
        @Schema(description = "Last day; today when absent", example = "2027-01-31", nullable = true) LocalDate date) {
}
