package org.hvic.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.hvic.compliance.rules.ComplianceRules;
import org.hvic.compliance.rules.Component;
import org.hvic.compliance.rules.Finding;
import org.hvic.compliance.rules.RemediationAction;
import org.hvic.compliance.rules.RuleId;
import org.hvic.compliance.rules.Texts;
import org.hvic.compliance.rules.VmFacts;
import org.hvic.compliance.rules.VmStatus;
import org.hvic.inventory.GuestKind;
import org.hvic.operations.OperationType;
import org.junit.jupiter.api.Test;

class ComplianceRulesTest {

    private static List<Finding> run(VmFacts vm) {
        List<Finding> found = ComplianceRules.evaluate(vm, Fleet.context());
        for (Finding f : found) { // every text renders in both languages
            for (var locale : List.of(Texts.EN, Texts.DE)) {
                assertTrue(!Texts.render(f.explanation(), locale).isBlank());
                assertTrue(!Texts.render(f.remediation(), locale).isBlank());
            }
        }
        return found;
    }

    private static List<String> keys(List<Finding> found) {
        return found.stream().map(f -> f.rule() + ":" + f.detail()).toList();
    }

    @Test
    void healthyListedGuestIsCompliant() {
        List<Finding> found = run(Fleet.windows("Windows Server 2012 R2 Datacenter"));
        assertEquals(List.of(), found);
        assertEquals(VmStatus.COMPLIANT, VmStatus.of(found));
    }

    @Test
    void unsupportedGuest() {
        List<Finding> found = run(Fleet.windows("Microsoft Windows XP Professional"));
        assertEquals(List.of("UNSUPPORTED_GUEST:Windows XP"), keys(found));
        assertEquals(VmStatus.NON_COMPLIANT, VmStatus.of(found));
        assertTrue(Texts.render(found.get(0).explanation(), Texts.EN).contains("Windows XP is not listed for Windows 10"));
    }

    @Test
    void dataExchangeDisabledOnHostQueuesEnable() {
        VmFacts vm = Fleet.windows("Microsoft Windows 7 Enterprise");
        Fleet.host(vm, Component.KEY_VALUE_PAIR_EXCHANGE, false, Set.of(32896), "Disabled", null);
        Fleet.guest(vm, Component.KEY_VALUE_PAIR_EXCHANGE, "Stopped", "Manual");
        List<Finding> found = run(vm);
        assertEquals(List.of("DATA_EXCHANGE_REQUIRED:kvp", "HOST_GUEST_MISMATCH:key_value_pair_exchange/guest-stopped")
                .get(0), keys(found).get(0));
        assertEquals(List.of(new RemediationAction(OperationType.ENABLE_INTEGRATION_SERVICE,
                Component.KEY_VALUE_PAIR_EXCHANGE.guid())), found.get(0).actions());
    }

    @Test
    void dataExchangeStoppedInGuestQueuesStart() {
        VmFacts vm = Fleet.windows("Windows 7 Professional");
        Fleet.guest(vm, Component.KEY_VALUE_PAIR_EXCHANGE, "Stopped", "Manual");
        List<Finding> found = run(vm);
        assertEquals(List.of("DATA_EXCHANGE_REQUIRED:kvp", "HOST_GUEST_MISMATCH:key_value_pair_exchange/guest-stopped"),
                keys(found));
        assertEquals(List.of(new RemediationAction(OperationType.START_GUEST_SERVICE, "vmickvpexchange")),
                found.get(0).actions());
    }

    @Test
    void dataExchangeNotRequiredForWindows10Guest() {
        VmFacts vm = Fleet.windows("Windows 10 Pro");
        Fleet.host(vm, Component.KEY_VALUE_PAIR_EXCHANGE, false, Set.of(32896), "Disabled", null);
        Fleet.guest(vm, Component.KEY_VALUE_PAIR_EXCHANGE, "Stopped", "Manual");
        assertEquals(List.of(), run(vm));
    }

    @Test
    void icUpdateRequiredByStateWithDiskRemediation() {
        VmFacts base = Fleet.windows("Windows Server 2012 Standard");
        VmFacts vm = VmFacts.of(3, "old", 11, "h81", "Windows Server 2012 R2 Datacenter", true, "Off",
                base.guestOs(), GuestKind.WINDOWS, "Update required", Fleet.NOW, null, null);
        List<Finding> found = run(vm);
        assertEquals(List.of("IC_UPDATE_REQUIRED:ic"), keys(found));
        assertTrue(Texts.render(found.get(0).remediation(), Texts.DE).contains("Integrationsdienste-Datenträger"));
        assertTrue(Texts.render(found.get(0).remediation(), Texts.EN).contains("Integration Services disk"));
    }

    @Test
    void vssProtocolMismatchOnOldGuestIsHarmlessInformation() {
        VmFacts vm = Fleet.windows("Windows Server 2012 R2 Standard");
        Fleet.host(vm, Component.VSS, true, Set.of(2, 32775), "OK", "The protocol version of the component installed "
                + "in the virtual machine does not match the version expected by the hosting system");
        List<Finding> found = run(vm);
        assertEquals(List.of("KNOWN_HARMLESS_STATUS:vss-protocol"), keys(found));
        assertEquals(org.hvic.compliance.Severity.INFO, found.get(0).severity());
        assertEquals(VmStatus.COMPLIANT, VmStatus.of(found));
    }

    @Test
    void protocolMismatchOnNewGuestMeansUpdate() {
        VmFacts vm = Fleet.windows("Windows 10 Enterprise");
        Fleet.host(vm, Component.VSS, true, Set.of(2, 32775), "OK", "The protocol version ... does not match");
        assertEquals(List.of("IC_UPDATE_REQUIRED:ic"), keys(run(vm)));
    }

    @Test
    void hostGuestMismatchBothWaysAndNoContact() {
        VmFacts vm = Fleet.windows("Windows 10 Enterprise");
        Fleet.guest(vm, Component.TIME_SYNCHRONIZATION, "Stopped", "Manual");
        Fleet.host(vm, Component.GUEST_SERVICE_INTERFACE, false, Set.of(32896), "Disabled", null);
        Fleet.host(vm, Component.HEARTBEAT, true, Set.of(12), "No Contact", null);
        List<Finding> found = run(vm);
        assertEquals(List.of("HOST_GUEST_MISMATCH:heartbeat/no-contact",
                "HOST_GUEST_MISMATCH:time_synchronization/guest-stopped",
                "HOST_GUEST_MISMATCH:guest_service_interface/host-disabled"), keys(found));
        assertEquals(List.of(new RemediationAction(OperationType.START_GUEST_SERVICE, "vmictimesync")),
                found.get(1).actions());
        assertEquals(List.of(new RemediationAction(OperationType.STOP_GUEST_SERVICE, "vmicguestinterface")),
                found.get(2).actions());
    }

    @Test
    void linuxHealthyThenMissingPieces() {
        assertEquals(List.of(), run(Fleet.linux()));
        VmFacts vm = Fleet.linux().withLinux(false);
        vm.daemons().remove("hv_vss_daemon");
        vm.daemons().put("hv_kvp_daemon", new VmFacts.Daemon("hv_kvp_daemon", true, false));
        vm.daemons().put("hv_fcopy_daemon", new VmFacts.Daemon("hv_fcopy_daemon", true, true));
        Fleet.host(vm, Component.HEARTBEAT, true, Set.of(12), "No Contact", null); // explained by hv_utils missing
        Fleet.host(vm, Component.VSS, true, Set.of(12), "No Contact", null); // explained by no hv_vss_daemon
        List<Finding> found = run(vm);
        assertEquals(List.of("HOST_GUEST_MISMATCH:key_value_pair_exchange/daemon-stopped",
                "HOST_GUEST_MISMATCH:guest_service_interface/daemon-running-hv_fcopy_daemon",
                "LINUX_IC_MISSING:hv_utils", "LINUX_IC_MISSING:hv_vss_daemon"), keys(found));
        assertEquals(List.of(new RemediationAction(OperationType.START_LINUX_DAEMON, "hv_kvp_daemon")),
                found.get(0).actions());
    }

    @Test
    void unknownWhenHostUnreachableOrDataStale() {
        VmFacts ok = Fleet.windows("Windows 10 Enterprise");
        VmFacts unreachable = VmFacts.of(1, "vm1", 10, "host1", "Windows 10", false, "Running", "Windows 10",
                GuestKind.WINDOWS, null, Fleet.NOW, Fleet.NOW, null);
        assertEquals(List.of("UNKNOWN:host-unreachable"), keys(run(unreachable)));
        VmFacts staleGuest = VmFacts.of(1, "vm1", 10, "host1", ok.hostOs(), true, "Running", "Windows 10",
                GuestKind.WINDOWS, null, Fleet.NOW, Fleet.NOW.minusSeconds(25 * 3600), null);
        List<Finding> found = run(staleGuest);
        assertEquals(List.of("UNKNOWN:guest-data"), keys(found));
        assertEquals(VmStatus.UNKNOWN, VmStatus.of(found));
        VmFacts neverRefreshed = VmFacts.of(1, "vm1", 10, "host1", ok.hostOs(), null, "Running", "Windows 10",
                GuestKind.WINDOWS, null, null, null, null);
        assertEquals(List.of("UNKNOWN:host-data"), keys(run(neverRefreshed)));
    }

    @Test
    void guestsWithoutPowerShellDirectAreJudgedOnHostDataNotUnknown() {
        VmFacts win7 = VmFacts.of(4, "w7", 10, "host1", "Windows 10 Enterprise", true, "Running", "Windows 7 Enterprise",
                GuestKind.WINDOWS, "Up to date", Fleet.NOW, Fleet.NOW,
                "PowerShell Direct needs a Windows 10 or Windows Server 2016 (or later) guest");
        Fleet.host(win7, Component.KEY_VALUE_PAIR_EXCHANGE, false, Set.of(32896), "Disabled", null);
        assertEquals(List.of("DATA_EXCHANGE_REQUIRED:kvp"), keys(run(win7)));
        VmFacts oldConfig = VmFacts.of(5, "w10", 10, "host1", "Windows 10 Enterprise", true, "Running", "Windows 10",
                GuestKind.WINDOWS, "Up to date", Fleet.NOW, null, null).withConfigVersion("5.0");
        assertEquals(List.of(), run(oldConfig));
        VmFacts failed = VmFacts.of(6, "w10", 10, "host1", "Windows 10 Enterprise", true, "Running", "Windows 10",
                GuestKind.WINDOWS, "Up to date", Fleet.NOW, Fleet.NOW, "The credential is invalid.")
                .withConfigVersion("9.0");
        assertEquals(List.of("UNKNOWN:guest-data"), keys(run(failed)));
    }

    @Test
    void dataExchangeOffHidesTheGuestOsAndIsTheFinding() {
        VmFacts vm = VmFacts.of(9, "w8", 10, "host1", "Windows 10 Enterprise", true, "Running", null,
                GuestKind.UNKNOWN, "Up to date", Fleet.NOW, Fleet.NOW, "PowerShell Direct needs a Windows 10 guest");
        Fleet.host(vm, Component.KEY_VALUE_PAIR_EXCHANGE, false, Set.of(2), "OK", null);
        List<Finding> found = run(vm);
        assertEquals(List.of("UNKNOWN:guest-data", "DATA_EXCHANGE_REQUIRED:kvp"), keys(found));
        assertEquals(OperationType.ENABLE_INTEGRATION_SERVICE, found.get(1).actions().get(0).type());
    }

    @Test
    void lostCommunicationOnAGuestHvicCannotReachQueuesNothing() {
        VmFacts vm = VmFacts.of(9, "w10", 10, "host1", "Windows 10 Enterprise", true, "Running", null,
                GuestKind.UNKNOWN, "Up to date", Fleet.NOW, Fleet.NOW, "PowerShell Direct needs a Windows 10 guest");
        Fleet.host(vm, Component.KEY_VALUE_PAIR_EXCHANGE, true, Set.of(13), "Lost Communication", null);
        List<Finding> found = run(vm);
        assertEquals(List.of("UNKNOWN:guest-data", "UNKNOWN:guest-os",
                "HOST_GUEST_MISMATCH:key_value_pair_exchange/lost-communication"), keys(found));
        // the guest's kind is unknown (no OS reported, PowerShell Direct not possible): the queue would refuse a
        // guest-service operation, so the finding explains the fix but queues nothing
        assertEquals(List.of(), found.get(2).actions());
        assertEquals(VmStatus.NON_COMPLIANT, VmStatus.of(found));
    }

    @Test
    void unmappableOperatingSystemsAreFindings() {
        VmFacts vm = VmFacts.of(1, "vm1", 10, "host1", "Windows 10", true, "Off", "OS/2 Warp", GuestKind.UNKNOWN,
                null, Fleet.NOW, null, null);
        assertEquals(List.of("UNMAPPED_OS:guest-os"), keys(run(vm)));
        VmFacts host = VmFacts.of(1, "vm1", 10, "host1", "Windows Server 2008 R2", true, "Off", "Windows 7",
                GuestKind.WINDOWS, null, Fleet.NOW, null, null);
        assertEquals(List.of("UNMAPPED_OS:host-matrix"), keys(run(host)));
        assertEquals(VmStatus.UNKNOWN, VmStatus.of(run(host)));
    }

    @Test
    void findingKeyIsRuleVmDetail() {
        Finding f = run(Fleet.windows("Windows XP")).get(0);
        assertEquals("UNSUPPORTED_GUEST|1|Windows XP", f.key());
        assertEquals(RuleId.UNSUPPORTED_GUEST, f.rule());
    }
}
