package org.hvic.simulator.fleet;

import java.util.function.Consumer;
import org.hvic.simulator.journal.StateChange;

/** "The host setting wins": what enabling or disabling a component on the host does to the guest's service. */
public final class HostSettingRules {
    private HostSettingRules() {
    }

    /** Sets the host-side switch and lets the guest follow; every change is reported. */
    public static void setEnabled(Vm vm, IntegrationComponent c, boolean enabled, Consumer<StateChange> changes) {
        boolean before = vm.enabled(c);
        if (before != enabled) {
            vm.setEnabled(c, enabled);
            changes.accept(new StateChange(vm.name(), vm.id(), c.englishName(), "Enabled", String.valueOf(before),
                    String.valueOf(enabled)));
        }
        WindowsGuest guest = vm.windowsGuest();
        if (guest == null || !vm.running()) {
            return;
        }
        guest.service(c.guestService()).ifPresent(s -> {
            if (!enabled && s.running()) {
                setStatus(vm, s, GuestService.Status.STOPPED, changes);
            } else if (enabled && !s.running() && s.startType() != GuestService.StartType.DISABLED) {
                setStatus(vm, s, GuestService.Status.RUNNING, changes);
            }
        });
    }

    /** Whether the host lets a guest service run (a vmic* service whose component is disabled stops again). */
    public static boolean hostAllows(Vm vm, String guestService) {
        return IntegrationComponent.byGuestService(guestService).map(vm::enabled).orElse(true);
    }

    public static void setStatus(Vm vm, GuestService s, GuestService.Status status, Consumer<StateChange> changes) {
        GuestService.Status before = s.status();
        if (before != status) {
            s.setStatus(status);
            changes.accept(new StateChange(vm.name(), vm.id(), s.name(), "Status", before.label(), status.label()));
        }
    }
}
