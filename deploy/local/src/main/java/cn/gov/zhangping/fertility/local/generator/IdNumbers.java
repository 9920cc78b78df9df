package cn.gov.zhangping.fertility.local.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.random.RandomGenerator;

/** Resident identity numbers (GB 11643-1999): 6-digit region, birth date, 3-digit sequence (odd for men), check character. */
public final class IdNumbers {

    /** Zhangping first, then the other divisions of Longyan (龙岩市) a parent may be registered in. */
    public static final String ZHANGPING = "350881";
    public static final List<String> LONGYAN = List.of("350802", "350803", "350821", "350823", "350824", "350825");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private IdNumbers() {
    }

    /** A valid number for someone born on {@code born} in {@code region}; the sequence's parity follows the sex. */
    public static String of(String region, LocalDate born, boolean male, RandomGenerator random) {
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = region + born.format(BASIC) + String.format("%03d", sequence);
        return first17 + checkCharacter(first17);
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** True when the number is 18 characters, its check character is right and its birth date is a real date. */
    public static boolean isValid(String id) {
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.parse(id.substring(6, 14), BASIC);
        } catch (DateTimeParseException e) {
            return false;
        }
        return id.charAt(17) == checkCharacter(id.substring(0, 17));
    }

    public static LocalDate birthDate(String id) {
        return LocalDate.parse(id.substring(6, 14), BASIC);
    }

    public static boolean isMale(String id) {
        return (id.charAt(16) - '0') % 2 == 1;
    }

    public static boolean isLongyan(String id) {
        String region = id.substring(0, 6);
        return region.equals(ZHANGPING) || LONGYAN.contains(region);
    }
}
