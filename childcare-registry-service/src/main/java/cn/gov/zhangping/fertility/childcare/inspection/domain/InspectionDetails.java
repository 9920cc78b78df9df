package cn.gov.zhangping.fertility.childcare.inspection.domain;

import java.time.LocalDate;
import java.util.List;

/** What an inspector records of an inspection: when, who, what kind, the outcome and the findings. */
public record InspectionDetails(LocalDate inspectedOn, String department, Inspection.Kind kind, Inspection.Outcome outcome,
                                String summary, List<FindingDetails> findings) {

    /** A finding with the day it must be rectified by. */
    public record FindingDetails(Finding.Category category, Finding.Severity severity, String description,
                                 LocalDate rectifyBy) {
    }
}
