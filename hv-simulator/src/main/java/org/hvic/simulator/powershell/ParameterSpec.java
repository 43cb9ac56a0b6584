package org.hvic.simulator.powershell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The parameters a cmdlet declares: names, aliases, switches, positions (plus the common parameters). */
public final class ParameterSpec {
    /** One declared parameter. */
    public record Param(String name, List<String> aliases, boolean isSwitch, int position, String typeName) {
    }

    private static final List<Param> COMMON = List.of(
            new Param("ErrorAction", List.of("ea"), false, -1, "System.Management.Automation.ActionPreference"),
            new Param("WarningAction", List.of("wa"), false, -1, "System.Management.Automation.ActionPreference"),
            new Param("InformationAction", List.of("infa"), false, -1, "System.Management.Automation.ActionPreference"),
            new Param("ErrorVariable", List.of("ev"), false, -1, "System.String"),
            new Param("WarningVariable", List.of("wv"), false, -1, "System.String"),
            new Param("OutVariable", List.of("ov"), false, -1, "System.String"),
            new Param("OutBuffer", List.of("ob"), false, -1, "System.Int32"),
            new Param("Verbose", List.of("vb"), true, -1, "switch"),
            new Param("Debug", List.of("db"), true, -1, "switch"),
            new Param("WhatIf", List.of("wi"), true, -1, "switch"),
            new Param("Confirm", List.of("cf"), true, -1, "switch"));

    private final List<Param> params = new ArrayList<>(COMMON);

    public static ParameterSpec create() {
        return new ParameterSpec();
    }

    /** A value parameter; position -1 for named only. */
    public ParameterSpec value(String name, int position, String typeName, String... aliases) {
        params.add(new Param(name, List.of(aliases), false, position, typeName));
        return this;
    }

    public ParameterSpec named(String name, String... aliases) {
        return value(name, -1, "System.String[]", aliases);
    }

    public ParameterSpec switchParam(String name, String... aliases) {
        params.add(new Param(name, List.of(aliases), true, -1, "switch"));
        return this;
    }

    /** Positional parameters in position order. */
    List<Param> positional() {
        return params.stream().filter(p -> p.position() >= 0).sorted(Comparator.comparingInt(Param::position)).toList();
    }

    /** Resolves a parameter name as written (any case, alias or unique prefix). */
    Param resolve(String written, String cmdlet) {
        String w = written.toLowerCase(Locale.ROOT);
        for (Param p : params) {
            if (p.name().equalsIgnoreCase(w) || p.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(w))) {
                return p;
            }
        }
        List<Param> candidates = params.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).startsWith(w)).toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.size() > 1) {
            StringBuilder names = new StringBuilder();
            candidates.forEach(p -> names.append(" -").append(p.name()));
            throw new PsErrorException(PsError.rejecting("Parameter cannot be processed because the parameter name '" + written
                    + "' is ambiguous. Possible matches include:" + names + ".", "InvalidArgument", "",
                    "ParameterBindingException", "AmbiguousParameter," + cmdlet));
        }
        throw new PsErrorException(PsError.rejecting("A parameter cannot be found that matches parameter name '" + written + "'.",
                "InvalidArgument", "", "ParameterBindingException", "NamedParameterNotFound," + cmdlet));
    }
}
