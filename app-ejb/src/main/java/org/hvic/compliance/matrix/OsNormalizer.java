package org.hvic.compliance.matrix;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps operating system names as hosts and guests report them ("Windows Server 2012 R2 Datacenter", "Microsoft Windows 7
 * Enterprise", "Ubuntu 22.04.3 LTS") to the keys the matrices use ("Windows Server 2012 R2", "Windows 7", "Linux").
 * A name that maps to nothing gives an empty result: the compliance run reports it as a finding.
 */
public final class OsNormalizer {

    public static final String LINUX = "Linux";

    private record Rule(Pattern pattern, String key) {
    }

    /** Most specific first: "2012 R2" before "2012", "8.1" before "8". */
    private static final List<Rule> RULES = List.of(
            rule("server\\s+2025", "Windows Server 2025"),
            rule("server\\s+2022", "Windows Server 2022"),
            rule("server\\s+2019", "Windows Server 2019"),
            rule("server\\s+2016", "Windows Server 2016"),
            rule("server\\s+2012\\s+r2", "Windows Server 2012 R2"),
            rule("server\\s+2012", "Windows Server 2012"),
            rule("small\\s+business\\s+server\\s+2011", "Windows Small Business Server 2011"),
            rule("home\\s+server\\s+2011", "Windows Home Server 2011"),
            rule("server\\s+2008\\s+r2", "Windows Server 2008 R2"),
            rule("server\\s+2008", "Windows Server 2008"),
            rule("server\\s+2003\\s+r2", "Windows Server 2003 R2"),
            rule("server\\s+2003", "Windows Server 2003"),
            rule("windows\\s+11\\b", "Windows 11"),
            rule("windows\\s+10\\b", "Windows 10"),
            rule("windows\\s+8\\.1\\b", "Windows 8.1"),
            rule("windows\\s+8\\b", "Windows 8"),
            rule("windows\\s+7\\b", "Windows 7"),
            rule("windows\\s+vista\\b", "Windows Vista"),
            rule("windows\\s+xp\\b", "Windows XP"),
            rule("\\b(linux|ubuntu|debian|red\\s*hat|rhel|centos|fedora|suse|sles|rocky|almalinux|alma\\s+linux"
                    + "|oracle\\s+linux|amazon\\s+linux|mariner|azure\\s+linux|kali|gentoo)\\b", LINUX));

    /** Windows releases older than Windows Server 2016 (KB4014894: their VSS protocol-version status is harmless). */
    private static final Set<String> OLDER_THAN_2016 = Set.of("Windows Server 2012 R2", "Windows Server 2012",
            "Windows Server 2008 R2", "Windows Server 2008", "Windows Server 2003 R2", "Windows Server 2003",
            "Windows Home Server 2011", "Windows Small Business Server 2011", "Windows 8.1", "Windows 8", "Windows 7",
            "Windows Vista", "Windows XP");

    private OsNormalizer() {
    }

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), key);
    }

    /** The matrix key for an OS name, or empty when the name is blank or unknown. */
    public static Optional<String> normalize(String reported) {
        if (reported == null || reported.isBlank()) {
            return Optional.empty();
        }
        String text = clean(reported);
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(text).find()) {
                return Optional.of(rule.key());
            }
        }
        return Optional.empty();
    }

    public static boolean olderThanServer2016(String key) {
        return key != null && OLDER_THAN_2016.contains(key);
    }

    private static String clean(String reported) {
        return reported.replace('\u00a0', ' ').replaceAll("[®™]|\\((R|TM)\\)", " ")
                .replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
