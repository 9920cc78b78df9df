package cn.gov.zhangping.fertility.platform.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The departments the plan names (漳政办规〔2023〕2号: the 〔责任单位〕 of each task, Annex 1's owners of the indicators,
 * and the departments of "birth is one matter", task 2). One list for every service, so that a department code means
 * the same in a worklist, a reported indicator, a policy's payer and a role. {@link #slug()} is its form in URLs and
 * role names ({@code public-security}).
 */
public enum Department {
    HEALTH("市卫健局", "Health Commission"),
    CDC("市疾病预防控制中心", "Center for Disease Control and Prevention"),
    PUBLIC_SECURITY("市公安局", "Public Security Bureau"),
    HR_SOCIAL_SECURITY("市人社局", "Human Resources and Social Security Bureau"),
    MEDICAL_SECURITY("漳平医保局", "Medical Security Bureau"),
    CIVIL_AFFAIRS("市民政局", "Civil Affairs Bureau"),
    EDUCATION("市教育局", "Education Bureau"),
    FINANCE("市财政局", "Finance Bureau"),
    HOUSING("市住建局", "Housing and Urban-Rural Development Bureau"),
    NATURAL_RESOURCES("市自然资源局", "Natural Resources Bureau"),
    HOUSING_FUND("住房公积金管理中心漳平市管理部", "Housing Provident Fund Centre, Zhangping office"),
    ADMINISTRATIVE_SERVICE_CENTER("市行政服务中心", "Administrative Service Center"),
    DIGITAL_OFFICE("市数字办", "Digital Office"),
    STATISTICS("市统计局", "Statistics Bureau"),
    COMMERCE("市商务局", "Commerce Bureau"),
    TAXATION("市税务局", "Taxation Bureau"),
    FINANCIAL_SERVICES("市金融工作服务中心", "Financial Services Center"),
    PBOC_BRANCH("人行漳平市支行", "People's Bank of China, Zhangping branch"),
    BANKING_INSURANCE_REGULATOR("银保监分局漳平监管组", "Banking and Insurance Regulator, Zhangping group"),
    ESTABLISHMENT_OFFICE("市委编办", "Establishment Office"),
    TRADE_UNION("市总工会", "Federation of Trade Unions"),
    WOMEN_FEDERATION("市妇联", "Women's Federation"),
    FAMILY_PLANNING_ASSOCIATION("市计生协", "Family Planning Association");

    private final String chineseName;
    private final String englishName;

    Department(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** Lower case with hyphens: {@code HR_SOCIAL_SECURITY} → {@code hr-social-security}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The department of a slug, if there is one. */
    public static Optional<Department> ofSlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug().equals(slug)).findFirst();
    }
}
