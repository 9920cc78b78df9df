package cn.gov.zhangping.fertility.familysupport.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The 18-character citizen identity number of GB 11643-1999: a 6-digit address code, the 8-digit birth date,
 * a 3-digit sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Province-level codes of GB/T 2260, the first two digits of the address code. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ResidentIdNumber() {
    }

    /** Why {@code value} is not a valid identity number, or empty when it is valid. Lower-case x is accepted. */
    public static Optional<String> problem(String value, LocalDate today) {
        if (value == null || value.length() != 18) {
            return Optional.of("must be 18 characters");
        }
        String v = normalise(value);
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(v.charAt(i)) || v.charAt(i) > '9') {
                return Optional.of("the first 17 characters must be digits");
            }
        }
        char last = v.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of("the last character must be a digit or X");
        }
        if (!PROVINCES.contains(v.substring(0, 2))) {
            return Optional.of("the address code is not a province of GB/T 2260");
        }
        Optional<LocalDate> birth = birthDate(v);
        if (birth.isEmpty() || birth.get().isBefore(EARLIEST_BIRTH) || birth.get().isAfter(today)) {
            return Optional.of("the birth date part is not a valid past date");
        }
        if (checkCharacter(v.substring(0, 17)) != last) {
            return Optional.of("the check digit does not match (GB 11643-1999)");
        }
        return Optional.empty();
    }

    public static String normalise(String value) {
        return value.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static Optional<LocalDate> birthDate(String value) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code 3508**********123X}: the first four and last four characters, the rest hidden. */
    public static String mask(String value) {
        String v = normalise(value);
        return v.substring(0, 4) + "*".repeat(v.length() - 8) + v.substring(v.length() - 4);
    }
}
