package cn.gov.zhangping.fertility.benefit.policy.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.zhangping.fertility.benefit.policy.domain.AmountUnit;
import cn.gov.zhangping.fertility.benefit.policy.domain.Beneficiary;
import cn.gov.zhangping.fertility.benefit.policy.domain.CostSplit;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.Policy;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyLevel;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyVersion;
import cn.gov.zhangping.fertility.benefit.policy.domain.Tier;
import cn.gov.zhangping.fertility.benefit.policy.domain.Timeline;
import cn.gov.zhangping.fertility.benefit.policy.domain.Trigger;
import cn.gov.zhangping.fertility.benefit.policy.domain.VersionDate;
import cn.gov.zhangping.fertility.platform.reference.Department;

/**
 * The benefit catalogue as published with the service ({@code policies/catalogue.json}): every policy with its first
 * versions and their sources. The database is seeded from it; versions published later live in the database only.
 */
public final class CatalogueFile {

    public static final String RESOURCE = "policies/catalogue.json";

    /** A policy with the versions the file gives it. */
    public record Entry(Policy policy, Timeline timeline) {
    }

    private CatalogueFile() {
    }

    public static List<Entry> read() {
        try (InputStream in = CatalogueFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode p : root.path("policies")) {
                entries.add(entry(p));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry entry(JsonNode p) {
        PolicyCode code = PolicyCode.valueOf(p.path("code").asText());
        List<CostSplit.Share> shares = new ArrayList<>();
        for (JsonNode s : p.path("payers")) {
            shares.add(new CostSplit.Share(s.path("payer").asText(), s.path("parts").asInt()));
        }
        Policy policy = new Policy(code, p.path("chineseName").asText(), p.path("englishName").asText(),
                PolicyLevel.valueOf(p.path("level").asText()), Department.valueOf(p.path("department").asText()),
                Trigger.valueOf(p.path("trigger").asText()), VersionDate.valueOf(p.path("versionDate").asText()),
                p.path("versionDateReason").asText(), Beneficiary.valueOf(p.path("beneficiary").asText()),
                AmountUnit.valueOf(p.path("unit").asText()), new CostSplit(shares));
        List<PolicyVersion> versions = new ArrayList<>();
        int number = 1;
        for (JsonNode v : p.path("versions")) {
            List<Tier> tiers = new ArrayList<>();
            for (JsonNode t : v.path("tiers")) {
                tiers.add(new Tier(integer(t, "minBirthOrder"), t.hasNonNull("specialFamily") ? t.get("specialFamily").asBoolean() : null,
                        t.hasNonNull("amount") ? Fen.ofYuan(t.get("amount").decimalValue()) : null,
                        integer(t, "quantity"), t.hasNonNull("percent") ? t.get("percent").decimalValue() : null));
            }
            versions.add(new PolicyVersion(code, number++, LocalDate.parse(v.path("effectiveFrom").asText()),
                    v.hasNonNull("effectiveTo") ? LocalDate.parse(v.get("effectiveTo").asText()) : null,
                    integer(v, "ageFromMonths"), integer(v, "ageToMonths"), v.path("femaleOnly").asBoolean(), tiers,
                    v.path("source").asText()));
        }
        return new Entry(policy, new Timeline(code, versions));
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }
}
