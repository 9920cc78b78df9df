package cn.gov.zhangping.fertility.familysupport.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid GB 11643-1999 numbers for tests, all different within a run. */
public final class TestIds {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    private TestIds() {
    }

    public static String valid(LocalDate born) {
        String seq = String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        String first17 = "350881" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + seq;
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static String validMother() {
        return valid(LocalDate.of(1990, 3, 15).plusDays(SEQUENCE.get() % 3000));
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheckDigit(String valid) {
        char c = valid.charAt(17);
        char wrong = c == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }
}
