package cn.gov.zhangping.fertility.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The 16 township-level divisions of Zhangping, read from {@code reference/townships-350881.json}
 * (source: National Bureau of Statistics division codes, 2023).
 */
public final class Townships {

    public static final String CITY_CODE = "350881";
    private static final String RESOURCE = "/reference/townships-350881.json";
    private static final Map<String, Township> BY_CODE = load();

    private Townships() {
    }

    public static boolean isKnown(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    public static Optional<Township> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** All townships in code order (subdistricts, towns, then townships). */
    public static Collection<Township> all() {
        return BY_CODE.values();
    }

    /** A community (居委会/村委会) code is 12 digits and starts with its township's 9-digit code. */
    public static boolean isCommunityOf(String communityCode, String townshipCode) {
        return communityCode != null && townshipCode != null
                && communityCode.matches("\\d{12}") && communityCode.startsWith(townshipCode);
    }

    private static Map<String, Township> load() {
        try (InputStream in = Townships.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Township> map = new LinkedHashMap<>();
            for (JsonNode t : root.get("townships")) {
                Township township = new Township(t.get("code").asText(), t.get("name").asText(), t.get("kind").asText());
                map.put(township.code(), township);
            }
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
