package cn.gov.zhangping.fertility.platform.security;

/**
 * Roles carried in the bearer token's {@code groups} claim. They follow the departments that act in the plan
 * (漳政办规〔2023〕2号, Annex 2); every endpoint names the roles it allows and everything else is denied.
 */
public final class Roles {

    /** Health Commission birth registrar (市卫健局): registers births (task 2). */
    public static final String REGISTRAR = "registrar";
    /** Read-only access for departments and integrators; sees personal identifiers only masked. */
    public static final String READER = "reader";
    /** Auditor: read access, including unmasked identifiers where an audit needs them. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
