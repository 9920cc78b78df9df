package cn.gov.zhangping.fertility.platform.security;

import cn.gov.zhangping.fertility.platform.reference.Department;

/**
 * Roles carried in the bearer token's {@code groups} claim. They follow the departments that act in the plan
 * (漳政办规〔2023〕2号, Annex 2); every endpoint names the roles it allows and everything else is denied.
 */
public final class Roles {

    /** Health Commission birth registrar (市卫健局): registers births (task 2). */
    public static final String REGISTRAR = "registrar";
    /**
     * The read-only integrator (只读对接): a system or department that reads what the suite publishes and never writes
     * (no POST, PUT or DELETE that changes anything is open to it); sees personal identifiers only masked.
     */
    public static final String READER = "reader";
    /** Auditor: read access, including unmasked identifiers where an audit needs them. */
    public static final String AUDITOR = "auditor";
    /** Health Commission reviewer: confirms or corrects doubtful facts of a registration (task 2). */
    public static final String REVIEWER = "reviewer";
    /**
     * An employer's HR officer (用人单位): checks whether an employee qualifies for the only child's nursing leave of
     * plan task 15 (护理假), and nothing else.
     */
    public static final String EMPLOYER_HR = "employer-hr";
    /** Administrator of reference data (communities, population, policy versions, calendars). */
    public static final String ADMINISTRATOR = "administrator";

    /*
     * A department's own role is its slug ({@link Department#slug()}); it submits what the department owns (its
     * indicators, its tasks of Annex 2). Constants for the departments that act in the suite, for {@code @RolesAllowed}.
     */
    public static final String HEALTH = "health";
    public static final String CIVIL_AFFAIRS = "civil-affairs";
    public static final String EDUCATION = "education";
    public static final String FINANCE = "finance";
    public static final String HOUSING = "housing";
    public static final String NATURAL_RESOURCES = "natural-resources";
    public static final String HOUSING_FUND = "housing-fund";
    public static final String HR_SOCIAL_SECURITY = "hr-social-security";
    public static final String MEDICAL_SECURITY = "medical-security";
    public static final String PUBLIC_SECURITY = "public-security";
    public static final String FAMILY_PLANNING_ASSOCIATION = "family-planning-association";
    /* The other departments of the responsibility list (Annex 2) and of "birth is one matter" (task 2). */
    public static final String CDC = "cdc";
    public static final String ADMINISTRATIVE_SERVICE_CENTER = "administrative-service-center";
    public static final String DIGITAL_OFFICE = "digital-office";
    public static final String STATISTICS = "statistics";
    public static final String COMMERCE = "commerce";
    public static final String TAXATION = "taxation";
    public static final String FINANCIAL_SERVICES = "financial-services";
    public static final String PBOC_BRANCH = "pboc-branch";
    public static final String BANKING_INSURANCE_REGULATOR = "banking-insurance-regulator";
    public static final String ESTABLISHMENT_OFFICE = "establishment-office";
    public static final String TRADE_UNION = "trade-union";
    public static final String WOMEN_FEDERATION = "women-federation";

    /*
     * A department's worklist officer for the joint application of "birth is one matter" (task 2) is
     * {@code worklist-} + its slug: it updates only its own department's sub-matters.
     */
    public static final String WORKLIST_HEALTH = "worklist-health";
    public static final String WORKLIST_CDC = "worklist-cdc";
    public static final String WORKLIST_PUBLIC_SECURITY = "worklist-public-security";
    public static final String WORKLIST_MEDICAL_SECURITY = "worklist-medical-security";
    public static final String WORKLIST_HR_SOCIAL_SECURITY = "worklist-hr-social-security";

    private Roles() {
    }

    /** The role of a department's own officers. */
    public static String of(Department department) {
        return department.slug();
    }

    /** The role of a department's worklist officer. */
    public static String worklistOf(Department department) {
        return "worklist-" + department.slug();
    }
}
