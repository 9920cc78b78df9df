package cn.gov.zhangping.fertility.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Zhangping's civil calendar: dates of birth, "today" and "in the future" are dates in China Standard Time. */
public final class CivilDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CivilDate() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static Clock clock() {
        return Clock.system(ZONE);
    }
}
