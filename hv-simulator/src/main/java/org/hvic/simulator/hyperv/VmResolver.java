package org.hvic.simulator.hyperv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hvic.simulator.fleet.Host;
import org.hvic.simulator.fleet.Vm;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.PsObject;
import org.hvic.simulator.powershell.Values;
import org.hvic.simulator.powershell.Wildcard;

/** Finds the VMs a Hyper-V cmdlet works on: by -Name/-VMName (wildcards), -Id, -VM objects or pipeline input. */
final class VmResolver {
    private static final Pattern GUID = Pattern.compile("\\{?[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}}?");

    private VmResolver() {
    }

    static Host host(CmdletCall call) {
        return call.session().context(HostContext.class).host();
    }

    /** VMs by name; a name without wildcards that matches nothing is an error (non-terminating). */
    static List<Vm> byNames(CmdletCall call, List<String> names) {
        Host host = host(call);
        Set<Vm> result = new LinkedHashSet<>();
        for (String name : names) {
            Wildcard w = Wildcard.compile(name);
            List<Vm> matches = host.vms().stream().filter(v -> w.matches(v.name())).toList();
            if (matches.isEmpty() && !Wildcard.hasWildcards(name)) {
                call.writeError(call.error(Messages.vmNotFoundByName(host.german(), Wildcard.unescape(name)),
                        "InvalidArgument", Wildcard.unescape(name), "VirtualizationException", "InvalidParameter"));
            }
            result.addAll(matches);
        }
        return new ArrayList<>(result);
    }

    /** VMs by id (GUID strings). */
    static List<Vm> byIds(CmdletCall call, String parameter, List<Object> ids) {
        Host host = host(call);
        List<Vm> result = new ArrayList<>();
        for (Object idValue : ids) {
            String id = guid(call, parameter, idValue);
            host.vmById(id).ifPresentOrElse(result::add, () -> call.writeError(call.error(
                    Messages.vmNotFoundById(host.german(), id), "InvalidArgument", id, "VirtualizationException",
                    "InvalidParameter")));
        }
        return result;
    }

    static String guid(CmdletCall call, String parameter, Object value) {
        String text = Values.toStr(value).trim();
        if (!GUID.matcher(text).matches()) {
            throw call.fail(call.error("Cannot bind parameter '" + parameter + "'. Cannot convert value \"" + text
                    + "\" to type \"System.Guid\". Error: \"Guid should contain 32 digits with 4 dashes "
                    + "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).\"", "InvalidArgument", "", "ParameterBindingException",
                    "CannotConvertArgumentNoMessage"));
        }
        return text.replace("{", "").replace("}", "").toLowerCase();
    }

    /** VM objects from a -VM parameter or the pipeline. */
    static List<Vm> fromObjects(List<Object> objects) {
        List<Vm> result = new ArrayList<>();
        for (Object o : objects) {
            if (o instanceof PsObject p && p.base() instanceof Vm vm) {
                result.add(vm);
            }
        }
        return result;
    }

    /** The VMs a call addresses through -VMName, -VM or VM objects in the pipeline; null when none of these is given. */
    static List<Vm> addressed(CmdletCall call) {
        if (call.params().has("VM")) {
            return fromObjects(call.params().objects("VM"));
        }
        if (call.params().has("VMName")) {
            return byNames(call, call.params().strings("VMName"));
        }
        if (call.hasInput()) {
            List<Vm> vms = fromObjects(call.input());
            if (!vms.isEmpty()) {
                return vms;
            }
            List<String> names = call.input().stream().filter(String.class::isInstance).map(String.class::cast).toList();
            return byNames(call, names);
        }
        return null;
    }
}
