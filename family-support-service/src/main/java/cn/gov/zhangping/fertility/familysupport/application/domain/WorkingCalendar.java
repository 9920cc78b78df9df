package cn.gov.zhangping.fertility.familysupport.application.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working days: Monday to Friday, except the public holidays, plus the make-up working days (调休上班) on weekends,
 * both given as data (table working_calendar_day, from the State Council General Office's yearly holiday notices).
 * Pure: the exceptions are passed in.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, Boolean> exceptions;

    public WorkingCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day a time limit of {@code days} working days, counted from the day after {@code from}, ends. */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The working days after {@code from} up to and including {@code to} (0 when done the same day). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
