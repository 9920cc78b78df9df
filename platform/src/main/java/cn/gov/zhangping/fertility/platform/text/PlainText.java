package cn.gov.zhangping.fertility.platform.text;

import java.util.Optional;

/**
 * What every text field the services accept must be: no control characters (C0, DEL and C1: PostgreSQL refuses NUL,
 * and the others have no place in a name, a code or an address) and no unpaired surrogates (they cannot be encoded
 * in UTF-8 and would be stored as "?"). No field needs either today; one that does must say so explicitly.
 */
public final class PlainText {

    public static final String CONTROL_CHARACTER = "must not contain control characters";
    public static final String UNPAIRED_SURROGATE = "must not contain unpaired surrogates";

    private PlainText() {
    }

    /** Why {@code text} is not plain text, or empty when it is. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return Optional.of(CONTROL_CHARACTER);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return Optional.of(UNPAIRED_SURROGATE);
                }
            } else if (Character.isLowSurrogate(c)) {
                return Optional.of(UNPAIRED_SURROGATE);
            }
        }
        return Optional.empty();
    }

    /** Length in Unicode code points, as people count characters (and JSON Schema's maxLength does). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
