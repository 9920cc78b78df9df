package cn.gov.zhangping.fertility.leakscan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident identity numbers (GB 11643-1999) in text: 18 characters, a region code, a birth date from 1800 on, a
 * sequence and a check character valid by ISO 7064 MOD 11-2. Only numbers whose check character is right count, so
 * that long digit runs (timestamps, offsets) do not.
 */
final class IdNumbers {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9])[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {
    }

    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (valid(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    static boolean valid(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK.charAt(sum % 11);
    }

    /** As the services show it to those who may not see it: the first four and the last four characters. */
    static String masked(String id) {
        return id.substring(0, 4) + "**********" + id.substring(14);
    }
}
