package org.hvic.bench.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds the parts of the stack have used so far, read from /proc (Linux): the WildFly JVM, this JVM (the
 * simulator and the benchmark's clients) and PostgreSQL (postmaster, its live backends and the ones it reaped).
 * The difference of two readings tells where a benchmark's CPU went.
 */
public record CpuTimes(double wildfly, double simulator, double postgres) {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    public static CpuTimes read(long wildflyPid, Path pgData) {
        double pg = 0;
        try {
            long postmaster = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
            long[] own = stat(postmaster);
            pg = (own[0] + own[1] + own[2] + own[3]) / TICKS;
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                pg += procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .mapToLong(p -> {
                            long[] s = stat(Long.parseLong(p.getFileName().toString()));
                            return s[4] == postmaster ? s[0] + s[1] : 0;
                        }).sum() / TICKS;
            }
        } catch (IOException | RuntimeException e) {
            pg = Double.NaN;
        }
        long[] wf = stat(wildflyPid);
        double self = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        return new CpuTimes((wf[0] + wf[1]) / TICKS, self, pg);
    }

    public CpuTimes minus(CpuTimes earlier) {
        return new CpuTimes(wildfly - earlier.wildfly, simulator - earlier.simulator, postgres - earlier.postgres);
    }

    @Override
    public String toString() {
        return "CPU seconds: WildFly " + Results.num(wildfly) + ", simulator and bench client " + Results.num(simulator)
                + ", PostgreSQL " + Results.num(postgres);
    }

    /** utime, stime, cutime, cstime, ppid of a process; zeros when it is gone. */
    private static long[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state ppid ... utime is field 14 overall, i.e. index 11 here
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14]), Long.parseLong(f[1])};
        } catch (IOException | RuntimeException e) {
            return new long[5];
        }
    }
}
