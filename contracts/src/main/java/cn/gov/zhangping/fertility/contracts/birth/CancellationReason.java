package cn.gov.zhangping.fertility.contracts.birth;

/** Why a birth registration was cancelled. */
public enum CancellationReason {
    /** The same birth was registered twice; {@code duplicateOf} names the registration that stays. */
    DUPLICATE,
    /** No such birth: the registration was made in error. */
    REGISTERED_IN_ERROR
}
