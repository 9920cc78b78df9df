package cn.gov.zhangping.fertility.familysupport.family.domain;

import java.util.List;

/**
 * An identity number as it is stored: encrypted, its keyed index under the current index key (for exact matching), and
 * its masked form; {@code indexes} are its indexes under every configured index key (the current one first), what a
 * stored index is compared with while an index-key rotation is under way.
 */
public record ProtectedId(byte[] cipher, String index, List<String> indexes, String masked) {

    /** Whether a stored index is this number's, under any configured index key. */
    public boolean matches(String storedIndex) {
        return storedIndex != null && indexes.contains(storedIndex);
    }
}
