package org.hvic.simulator.fleet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Windows version number ("10.0.19045", "6.3.9600", ...) an OS name stands for, as Windows reports it. */
public final class OsVersions {
    private record Rule(String contains, String version) {
    }

    /** Most specific first: "2012 R2" before "2012", "8.1" before "8". */
    private static final List<Rule> RULES = List.of(
            new Rule("server 2025", "10.0.26100"),
            new Rule("server 2022", "10.0.20348"),
            new Rule("server 2019", "10.0.17763"),
            new Rule("server 2016", "10.0.14393"),
            new Rule("windows 11", "10.0.22631"),
            new Rule("windows 10", "10.0.19045"),
            new Rule("2012 r2", "6.3.9600"),
            new Rule("windows 8.1", "6.3.9600"),
            new Rule("2012", "6.2.9200"),
            new Rule("windows 8", "6.2.9200"),
            new Rule("2011", "6.1.7601"),
            new Rule("2008 r2", "6.1.7601"),
            new Rule("windows 7", "6.1.7601"),
            new Rule("2008", "6.0.6002"),
            new Rule("vista", "6.0.6002"),
            new Rule("2003", "5.2.3790"),
            new Rule("windows xp", "5.1.2600"));

    private OsVersions() {
    }

    /** The version of a Windows OS name; empty for anything else (Linux names). */
    public static Optional<String> windows(String osName) {
        String s = osName.toLowerCase(Locale.ROOT).replaceAll("\\((r|tm)\\)|[®™]", " ").replaceAll("\\s+", " ");
        if (!s.contains("windows")) {
            return Optional.empty();
        }
        return RULES.stream().filter(r -> s.contains(r.contains())).map(Rule::version).findFirst();
    }

    /** Whether a Windows OS name is a server edition (Win32_OperatingSystem ProductType 3, else 1). */
    public static boolean server(String osName) {
        return osName.toLowerCase(Locale.ROOT).contains("server");
    }
}
