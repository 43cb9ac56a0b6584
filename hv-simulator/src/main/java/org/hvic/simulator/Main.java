package org.hvic.simulator;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.hvic.simulator.fleet.Fleet;

/**
 * {@code java -jar hv-simulator.jar [--fleet FILE | --generate-hosts N [--vms-per-host M] [--seed S]] [--port 2222]
 * [--journal FILE] [--keys DIR]}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("hv-simulator: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (o.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        Fleet fleet;
        try {
            fleet = o.generateHosts() > 0 ? Fleet.generate(o.generateHosts(), o.vmsPerHost(), o.seed())
                    : o.fleet() == null ? Fleet.demo() : Fleet.load(o.fleet());
        } catch (RuntimeException e) {
            System.err.println("hv-simulator: " + e.getMessage());
            System.exit(2);
            return;
        }
        FleetSimulator simulator;
        try {
            simulator = FleetSimulator.start(fleet, o.port(), o.journal(), o.keys());
        } catch (RuntimeException e) {
            System.err.println("hv-simulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "hv-simulator-shutdown"));
        System.out.println("hv-simulator ready on port " + simulator.port());
        System.out.flush();
        stopped.await();
    }

    /** Command-line options. */
    record Options(Path fleet, int port, Path journal, Path keys, int generateHosts, int vmsPerHost, long seed, boolean help) {
        static final String USAGE = "usage: java -jar hv-simulator.jar [--fleet FILE] [--port 2222] [--journal FILE] "
                + "[--keys DIR] [--generate-hosts N [--vms-per-host M] [--seed S]]\n"
                + "  without --fleet the built-in demo fleet is served; keys default to ./.hvic/simulator-keys";

        static Options parse(String[] args) {
            Path fleet = null;
            Path journal = null;
            Path keys = Path.of(".hvic", "simulator-keys");
            int port = 2222;
            int hosts = 0;
            int vms = 20;
            long seed = 1;
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    help = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--fleet" -> fleet = Path.of(v);
                    case "--port" -> port = number(a, v);
                    case "--journal" -> journal = Path.of(v);
                    case "--keys" -> keys = Path.of(v);
                    case "--generate-hosts" -> hosts = number(a, v);
                    case "--vms-per-host" -> vms = number(a, v);
                    case "--seed" -> seed = number(a, v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return new Options(fleet, port, journal, keys, hosts, vms, seed, help);
        }

        private static int number(String option, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number but got '" + value + "'");
            }
        }
    }
}
