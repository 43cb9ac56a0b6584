package org.hvic.simulator.powershell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** PowerShell's conversions and comparisons (LanguagePrimitives) for the values the simulator uses. */
public final class Values {
    private Values() {
    }

    /** Conversion to string as PowerShell does it (arrays joined with spaces, $null empty, True/False). */
    public static String toStr(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double d) {
            return formatDouble(d);
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(Values::toStr).collect(Collectors.joining(" "));
        }
        return v.toString();
    }

    public static String formatDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The items a value sends down a pipeline: arrays are unrolled, anything else is one item. */
    public static List<Object> unroll(Object v) {
        List<Object> items = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            items.addAll(c);
        } else {
            items.add(v);
        }
        return items;
    }

    /** The value of a statement's output: nothing is $null, one item itself, more an array. */
    public static Object collapse(List<Object> items) {
        if (items.isEmpty()) {
            return null;
        }
        return items.size() == 1 ? items.get(0) : new ArrayList<>(items);
    }

    public static boolean isTrue(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Collection<?> c) {
            return c.size() > 1 || (c.size() == 1 && isTrue(c.iterator().next()));
        }
        return true;
    }

    /** Evaluates a comparison operator (eq, like, match, ...; c-prefixed ones are case-sensitive). */
    public static boolean compare(String op, Object left, Object right) {
        boolean caseSensitive = op.startsWith("c") && !op.startsWith("contains");
        String o = op.startsWith("i") && !op.equals("in") || caseSensitive ? op.substring(1) : op;
        if (left instanceof Collection<?> c && !o.contains("contains")) {
            return c.stream().anyMatch(item -> compare(op, item, right));
        }
        return switch (o) {
            case "eq" -> equal(left, right, caseSensitive);
            case "ne" -> !equal(left, right, caseSensitive);
            case "like" -> like(left, right, caseSensitive);
            case "notlike" -> !like(left, right, caseSensitive);
            case "match" -> match(left, right, caseSensitive);
            case "notmatch" -> !match(left, right, caseSensitive);
            case "gt" -> order(left, right) > 0;
            case "ge" -> order(left, right) >= 0;
            case "lt" -> order(left, right) < 0;
            case "le" -> order(left, right) <= 0;
            case "contains" -> unroll(left).stream().anyMatch(i -> equal(i, right, false));
            case "notcontains" -> unroll(left).stream().noneMatch(i -> equal(i, right, false));
            case "in" -> unroll(right).stream().anyMatch(i -> equal(left, i, false));
            case "notin" -> unroll(right).stream().noneMatch(i -> equal(left, i, false));
            case "and" -> isTrue(left) && isTrue(right);
            case "or" -> isTrue(left) || isTrue(right);
            default -> throw new IllegalArgumentException(op);
        };
    }

    public static boolean equal(Object left, Object right, boolean caseSensitive) {
        if (left == null || right == null) {
            return left == right;
        }
        if (left instanceof Number || left instanceof PsEnum || left instanceof Boolean) {
            Double l = number(left);
            Double r = number(right);
            if (l != null && r != null) {
                return l.equals(r);
            }
            if (left instanceof Boolean b) {
                return b == isTrue(right);
            }
        }
        String l = toStr(left);
        String r = toStr(right);
        return caseSensitive ? l.equals(r) : l.equalsIgnoreCase(r);
    }

    private static boolean like(Object left, Object right, boolean caseSensitive) {
        return Wildcard.compile(toStr(right), caseSensitive).matches(toStr(left));
    }

    private static boolean match(Object left, Object right, boolean caseSensitive) {
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile(toStr(right), flags).matcher(toStr(left)).find();
    }

    private static int order(Object left, Object right) {
        Double l = number(left);
        Double r = number(right);
        if (l != null && r != null) {
            return Double.compare(l, r);
        }
        return toStr(left).compareToIgnoreCase(toStr(right));
    }

    /** A numeric view of a value, or null. */
    public static Double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof PsEnum e) {
            return (double) e.value();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public static int toInt(Object v, int fallback) {
        Double d = number(v instanceof Collection<?> c && c.size() == 1 ? c.iterator().next() : v);
        return d == null ? fallback : d.intValue();
    }
}
