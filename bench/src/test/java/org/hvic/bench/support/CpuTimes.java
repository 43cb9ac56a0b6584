package org.hvic.bench.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds the parts of the stack have used so far, read from /proc (Linux): the WildFly JVM, this JVM (the
 * simulator and the benchmark's clients) and PostgreSQL (postmaster, its live backends and the ones it reaped).
 * The difference of two readings tells where a benchmark's CPU went. Of WildFly's, the share of its JIT compiler threads
 * is read too (a lower bound: a compiler thread that ends takes its count with it), as a fresh JVM spends much of its
 * CPU compiling.
 */
public record CpuTimes(double wildfly, double wildflyJit, double simulator, double postgres) {

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
        double jit = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(wildflyPid), "task"))) {
            jit = tasks.filter(t -> comm(t).matches("C[12] CompilerThre.*")).mapToLong(t -> {
                long[] st = stat(t);
                return st[0] + st[1];
            }).sum() / TICKS;
        } catch (IOException | RuntimeException e) {
            jit = Double.NaN;
        }
        double self = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        return new CpuTimes((wf[0] + wf[1]) / TICKS, jit, self, pg);
    }

    public CpuTimes minus(CpuTimes earlier) {
        return new CpuTimes(wildfly - earlier.wildfly, wildflyJit - earlier.wildflyJit, simulator - earlier.simulator, postgres - earlier.postgres);
    }

    @Override
    public String toString() {
        return "CPU seconds: WildFly " + Results.num(wildfly) + " (of which its JIT compiler threads at least "
                + Results.num(Math.max(0, wildflyJit)) + "), simulator and bench client " + Results.num(simulator)
                + ", PostgreSQL " + Results.num(postgres);
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** utime, stime, cutime, cstime, ppid of a process or thread; zeros when it is gone. */
    private static long[] stat(long pid) {
        return stat(Path.of("/proc", String.valueOf(pid)));
    }

    private static long[] stat(Path proc) {
        try {
            String s = Files.readString(proc.resolve("stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state ppid ... utime is field 14 overall, i.e. index 11 here
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14]), Long.parseLong(f[1])};
        } catch (IOException | RuntimeException e) {
            return new long[5];
        }
    }
}
