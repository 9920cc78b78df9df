package cn.gov.zhangping.fertility.childcare.institution.domain;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the 31 of the standard (digits
 * and upper-case letters without I, O, Z, S, V); the 18th is the check character, C18 = 31 - (Σ Ci·Wi mod 31) with
 * weights Wi = 3^(i-1) mod 31, and 31 written as 0.
 */
public final class CreditCode {

    /** The standard's characters; a character's value is its index. */
    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** The shape alone, as the OpenAPI document publishes it (ECMA-262 and Java read it alike). */
    public static final String PATTERN = "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$";

    private CreditCode() {
    }

    /** The check character the first 17 characters call for. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARACTERS.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a character of GB 32100-2015");
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARACTERS.charAt(check == 31 ? 0 : check);
    }

    /** Whether the code has the standard's shape and its check character is right. */
    public static boolean isValid(String code) {
        return code != null && code.matches(PATTERN) && code.charAt(17) == checkCharacter(code.substring(0, 17));
    }
}
