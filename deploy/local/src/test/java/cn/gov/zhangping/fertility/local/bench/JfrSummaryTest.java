package cn.gov.zhangping.fertility.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JfrSummaryTest {

    @Test
    void framesAreSortedIntoAreasByTheirClassesMostSpecificPrefixFirst() {
        assertEquals("validation (Hibernate Validator)", JfrSummary.area("org.hibernate.validator.internal.engine.ValidatorImpl"));
        assertEquals("Hibernate ORM", JfrSummary.area("org.hibernate.internal.SessionImpl"));
        assertEquals("JWT / crypto", JfrSummary.area("sun.security.rsa.RSACore"));
        assertEquals("Kafka broker", JfrSummary.area("kafka.server.KafkaApis"));
        assertEquals("suite code", JfrSummary.area("cn.gov.zhangping.fertility.platform.inbox.Inbox"));
        assertEquals("JDK", JfrSummary.area("java.util.HashMap"));
        assertEquals("other", JfrSummary.area("com.example.Unknown"));
    }

    @Test
    void quarkusGeneratedProxiesAreNotCountedAsSuiteMethods() {
        assertTrue(JfrSummary.generated("cn.gov.zhangping.fertility.familysupport.birth.domain.RegisteringBirth_Subclass"));
        assertTrue(JfrSummary.generated("cn.gov.zhangping.fertility.familysupport.birth.domain.RegisteringBirth_ClientProxy"));
        assertFalse(JfrSummary.generated("cn.gov.zhangping.fertility.familysupport.birth.domain.RegisteringBirth"));
    }
}
