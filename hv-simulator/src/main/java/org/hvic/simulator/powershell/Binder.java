package org.hvic.simulator.powershell;

import java.util.List;

/** Binds evaluated command arguments to a cmdlet's declared parameters, as PowerShell's parameter binder does. */
final class Binder {
    /** An evaluated argument: a parameter name (with a -Name:value) or a value. */
    sealed interface Arg permits Named, Positional {
    }

    record Named(String written, boolean hasColon, Object colonValue) implements Arg {
    }

    record Positional(Object value) implements Arg {
    }

    private Binder() {
    }

    static BoundParameters bind(ParameterSpec spec, String cmdlet, List<Arg> args) {
        BoundParameters bound = new BoundParameters();
        List<Object> positionals = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Arg arg = args.get(i);
            if (arg instanceof Positional p) {
                positionals.add(p.value());
                continue;
            }
            Named n = (Named) arg;
            ParameterSpec.Param param = spec.resolve(n.written(), cmdlet);
            Object value;
            if (n.hasColon()) {
                value = n.colonValue();
            } else if (param.isSwitch()) {
                value = Boolean.TRUE;
            } else if (i + 1 < args.size() && args.get(i + 1) instanceof Positional next) {
                value = next.value();
                i++;
            } else {
                throw new PsErrorException(PsError.rejecting("Missing an argument for parameter '" + param.name()
                        + "'. Specify a parameter of type '" + param.typeName() + "' and try again.", "InvalidArgument", "",
                        "ParameterBindingException", "MissingArgument," + cmdlet));
            }
            if (bound.has(param.name())) {
                throw new PsErrorException(PsError.rejecting("Cannot bind parameter because parameter '" + param.name()
                        + "' is specified more than once. To provide multiple values to parameters that can accept multiple "
                        + "values, use the array syntax. For example, \"-parameter value1,value2,value3\".", "InvalidArgument", "",
                        "ParameterBindingException", "ParameterAlreadyBound," + cmdlet));
            }
            bound.put(param.name(), value);
        }
        bindPositionals(spec, cmdlet, bound, positionals);
        return bound;
    }

    private static void bindPositionals(ParameterSpec spec, String cmdlet, BoundParameters bound, List<Object> values) {
        int next = 0;
        for (ParameterSpec.Param p : spec.positional()) {
            if (next >= values.size()) {
                return;
            }
            if (!bound.has(p.name())) {
                bound.put(p.name(), values.get(next++));
            }
        }
        if (next < values.size()) {
            throw new PsErrorException(PsError.rejecting("A positional parameter cannot be found that accepts argument '"
                    + Values.toStr(values.get(next)) + "'.", "InvalidArgument", "", "ParameterBindingException",
                    "PositionalParameterNotFound," + cmdlet));
        }
    }
}
