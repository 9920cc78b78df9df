package cn.gov.zhangping.fertility.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** CPU seconds and memory of a process from /proc (Linux); a PostgreSQL server counts with all its backends. */
final class ProcessStats {

    private final long ticksPerSecond;

    ProcessStats(long ticksPerSecond) {
        this.ticksPerSecond = ticksPerSecond;
    }

    /** utime + stime of the process (and, with {@code withChildren}, its reaped and live children), in seconds. */
    double cpuSeconds(long pid, boolean withChildren) {
        long[] f = stat(pid);
        if (f == null) {
            return Double.NaN;
        }
        long ticks = f[0] + f[1];
        if (withChildren) {
            ticks += f[2] + f[3];
            for (long child : children(pid)) {
                long[] c = stat(child);
                if (c != null) {
                    ticks += c[0] + c[1];
                }
            }
        }
        return (double) ticks / ticksPerSecond;
    }

    /** Resident set size in MB; with {@code withChildren} the proportional set size of it and its children. */
    long memoryMb(long pid, boolean withChildren) {
        if (!withChildren) {
            return kb(Path.of("/proc", String.valueOf(pid), "status"), "VmRSS:") / 1024;
        }
        long kb = kb(Path.of("/proc", String.valueOf(pid), "smaps_rollup"), "Pss:");
        for (long child : children(pid)) {
            kb += kb(Path.of("/proc", String.valueOf(child), "smaps_rollup"), "Pss:");
        }
        return kb / 1024;
    }

    /** utime, stime, cutime, cstime (fields 14–17 of /proc/PID/stat), or null when the process is gone. */
    private static long[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // f[0] is field 3 (state): field n is f[n - 3]
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<Long> children(long pid) {
        List<Long> list = new ArrayList<>();
        try {
            String s = Files.readString(Path.of("/proc", String.valueOf(pid), "task", String.valueOf(pid), "children")).trim();
            for (String c : s.isEmpty() ? new String[0] : s.split(" ")) {
                list.add(Long.parseLong(c));
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return list;
    }

    private static long kb(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }
}
