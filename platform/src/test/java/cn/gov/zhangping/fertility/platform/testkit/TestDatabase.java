package cn.gov.zhangping.fertility.platform.testkit;

/**
 * The test JVM's PostgreSQL server, for outage tests. Only an embedded server (the default) can be stopped and
 * started; with {@code FERTILITY_TEST_PG_HOST} these tests cannot run.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Immediate shutdown (as in a crash: no checkpoint); every service of this JVM loses its database. */
    public static void stopImmediately() {
        ((Runnable) SharedInfra.get().get("pg.stopImmediately")).run();
    }

    /** Starts the server again on the same port with the same data. */
    public static void start() {
        ((Runnable) SharedInfra.get().get("pg.start")).run();
    }

    public static boolean canBeStopped() {
        return System.getenv("FERTILITY_TEST_PG_HOST") == null;
    }
}
