package org.hvic.simulator.hyperv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hvic.simulator.fleet.GuestService;
import org.hvic.simulator.fleet.HostSettingRules;
import org.hvic.simulator.powershell.CmdletCall;
import org.hvic.simulator.powershell.ParameterSpec;
import org.hvic.simulator.powershell.PsObject;
import org.hvic.simulator.powershell.Wildcard;
import org.hvic.simulator.powershell.cmdlets.BaseCmdlet;

/** Get-Service, Start-Service and Stop-Service inside a Windows guest (over PowerShell Direct). */
final class GuestServiceCmdlets extends BaseCmdlet {
    enum Action { GET, START, STOP }

    private final Action action;

    GuestServiceCmdlets(Action action) {
        super(switch (action) {
            case GET -> "Get-Service";
            case START -> "Start-Service";
            case STOP -> "Stop-Service";
        }, "Microsoft.PowerShell.Commands." + (action == Action.GET ? "Get" : action == Action.START ? "Start" : "Stop")
                + "ServiceCommand", ParameterSpec.create().value("Name", 0, "System.String[]", "ServiceName")
                .named("DisplayName").named("InputObject").named("Include").named("Exclude").named("ComputerName")
                .switchParam("PassThru").switchParam("Force").switchParam("NoWait").switchParam("DependentServices")
                .switchParam("RequiredServices"));
        this.action = action;
    }

    @Override
    public List<Object> invoke(CmdletCall call) {
        GuestContext g = call.session().context(GuestContext.class);
        List<GuestService> services = select(call, g);
        List<Object> output = new ArrayList<>();
        for (GuestService s : services) {
            if (action == Action.START) {
                start(call, g, s);
            } else if (action == Action.STOP) {
                HostSettingRules.setStatus(g.vm(), s, GuestService.Status.STOPPED, g.host()::change);
            }
            if (action == Action.GET || call.params().switchOn("PassThru")) {
                output.add(HyperVObjects.service(s));
            }
        }
        return output;
    }

    private static void start(CmdletCall call, GuestContext g, GuestService s) {
        if (s.startType() == GuestService.StartType.DISABLED) {
            call.writeError(call.error("Service '" + s.displayName() + " (" + s.name() + ")' cannot be started due to the "
                    + "following error: Cannot start service " + s.name() + " on computer '.'.", "OpenError",
                    "System.ServiceProcess.ServiceController", "ServiceCommandException", "CouldNotStartService"));
            return;
        }
        if (HostSettingRules.hostAllows(g.vm(), s.name())) {
            HostSettingRules.setStatus(g.vm(), s, GuestService.Status.RUNNING, g.host()::change);
        }
    }

    private List<GuestService> select(CmdletCall call, GuestContext g) {
        Set<GuestService> result = new LinkedHashSet<>();
        List<Object> input = call.hasInput() ? call.input() : call.params().objects("InputObject");
        for (Object o : input) {
            if (o instanceof PsObject p && p.base() instanceof GuestService s) {
                result.add(s);
            } else if (o instanceof String name) {
                result.addAll(byName(call, g, List.of(name), false));
            }
        }
        if (call.params().has("Name")) {
            result.addAll(byName(call, g, call.params().strings("Name"), false));
        }
        if (call.params().has("DisplayName")) {
            result.addAll(byName(call, g, call.params().strings("DisplayName"), true));
        }
        if (input.isEmpty() && !call.params().has("Name") && !call.params().has("DisplayName")) {
            result.addAll(g.guest().services());
        }
        return new ArrayList<>(result);
    }

    private static List<GuestService> byName(CmdletCall call, GuestContext g, List<String> names, boolean display) {
        List<GuestService> result = new ArrayList<>();
        for (String name : names) {
            Wildcard w = Wildcard.compile(name);
            List<GuestService> matches = g.guest().services().stream()
                    .filter(s -> w.matches(display ? s.displayName() : s.name())).toList();
            if (matches.isEmpty() && !Wildcard.hasWildcards(name)) {
                call.writeError(call.error("Cannot find any service with " + (display ? "display name" : "service name")
                        + " '" + name + "'.", "ObjectNotFound", name, "ServiceCommandException",
                        display ? "NoServiceFoundForGivenDisplayName" : "NoServiceFoundForGivenName"));
            }
            result.addAll(matches);
        }
        return result;
    }
}
