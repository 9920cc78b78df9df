package cn.gov.zhangping.fertility.familysupport.audit.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code fertility.audit.*}: how long the audit trail is kept. */
@ConfigMapping(prefix = "fertility.audit")
public interface AuditSettings {

    /** The floor the database enforces too (migration V15): at least 6 months (PIPL and GB/T 35273-2020 §11.3: retention at least 6 months). */
    int MINIMUM_RETENTION_DAYS = 183;

    /** Days an audit row is kept; at least {@value #MINIMUM_RETENTION_DAYS}. */
    @WithDefault("183")
    int retentionDays();

    /** How often rows past the retention are purged (a Quarkus scheduler interval). */
    @WithDefault("24h")
    String purgeEvery();
}
