package cn.gov.zhangping.fertility.familysupport.family.domain;

/** An identity number as it is stored: encrypted, its keyed index (for exact matching) and its masked form. */
public record ProtectedId(byte[] cipher, String index, String masked) {
}
