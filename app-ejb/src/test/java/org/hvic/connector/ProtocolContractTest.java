package org.hvic.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connectors' exact commands (docs/connector-protocol.md) against the simulator's interpreters, without SSH:
 * each is accepted, changes what it should, and answers in a shape the parsers read.
 */
class ProtocolContractTest {

    static final UUID DEMOVM = UUID.fromString("6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b11");
    static final UUID GERMAN_VM = UUID.fromString("a05b9142-ae90-4182-9e7d-5b408daecf55");
    static final GuestCredentials GUEST = new GuestCredentials("Administrator", "guest'secret");

    private InProcessFleet fleet;
    private HostConnector hosts;
    private LinuxGuestConnector guests;

    @BeforeEach
    void startFleet() {
        fleet = new InProcessFleet(InProcessFleet.testFleet());
        hosts = new HostConnector(fleet);
        guests = new LinuxGuestConnector(fleet);
    }

    @AfterEach
    void noCommandWasRejected() {
        assertEquals(0, fleet.journal().rejectedCount(), () -> fleet.journal().entries().toString());
    }

    static HostEndpoint host(String address) {
        return new HostEndpoint(address, 22, "hvadmin", InProcessFleet.HOST_PASSWORD, null);
    }

    @Test
    void readsAHostInOneCommand() throws ConnectorException {
        HostInventory inventory = hosts.readHost(host(InProcessFleet.EN_HOST));
        assertEquals(1, fleet.journal().size());
        VmSnapshot demovm = inventory.vm(DEMOVM).orElseThrow();
        assertEquals("demovm", demovm.name());
        assertEquals(VmState.RUNNING, demovm.state());
        assertEquals(6, demovm.services().size());
        assertFalse(demovm.service(IntegrationServiceType.GUEST_SERVICE_INTERFACE).orElseThrow().enabled());
        assertEquals(1, inventory.vmsNamed("demo[vm]").size(), "a name with wildcard characters is just a name");
        assertEquals(4, inventory.vms().size());
        assertEquals("Windows Server 2019 Datacenter", inventory.hostOs(), "the caption without its Microsoft prefix");
        assertEquals("Windows 10 Enterprise", demovm.guestOs());
        assertNull(inventory.vmsNamed("demo[vm]").get(0).guestOs(), "an Off VM reports nothing through KVP");
        assertEquals("Ubuntu 14.04.1 LTS", inventory.vmsNamed("linuxvm").get(0).guestOs());
        assertEquals("CentOS Linux 7 (Core)", inventory.vmsNamed("sudovm").get(0).guestOs());
        assertEquals("Windows 10 Pro", hosts.readHost(host(InProcessFleet.DE_HOST)).hostOs());
    }

    @Test
    void theGuestOsNeedsDataExchangeOnBothSides() throws ConnectorException {
        HostEndpoint host = host(InProcessFleet.EN_HOST);
        hosts.setGuestService(host, DEMOVM, GUEST, WindowsGuestService.VMICKVPEXCHANGE, false);
        assertNull(hosts.readHost(host).vm(DEMOVM).orElseThrow().guestOs(), "vmickvpexchange stopped in the guest");
        hosts.setGuestService(host, DEMOVM, GUEST, WindowsGuestService.VMICKVPEXCHANGE, true);
        assertEquals("Windows 10 Enterprise", hosts.readHost(host).vm(DEMOVM).orElseThrow().guestOs());
        hosts.setIntegrationService(host, DEMOVM, IntegrationServiceType.KEY_VALUE_PAIR_EXCHANGE, false);
        assertNull(hosts.readHost(host).vm(DEMOVM).orElseThrow().guestOs(), "Data Exchange disabled on the host");

        GuestEndpoint linux = new GuestEndpoint(InProcessFleet.LINUX_ROOT_GUEST, 22, "root", "linux-secret", null);
        UUID linuxvm = hosts.readHost(host).vmsNamed("linuxvm").get(0).vmId();
        guests.stopDaemon(linux, LinuxDaemon.HV_KVP_DAEMON);
        assertNull(hosts.readHost(host).vm(linuxvm).orElseThrow().guestOs(), "hv_kvp_daemon stopped");
        guests.startDaemon(linux, LinuxDaemon.HV_KVP_DAEMON);
        assertEquals("Ubuntu 14.04.1 LTS", hosts.readHost(host).vm(linuxvm).orElseThrow().guestOs());
    }

    @Test
    void enablesAndDisablesByGuidOnEnglishAndGermanHosts() throws ConnectorException {
        for (HostEndpoint host : List.of(host(InProcessFleet.EN_HOST), host(InProcessFleet.DE_HOST))) {
            UUID vm = host.address().equals(InProcessFleet.EN_HOST) ? DEMOVM : GERMAN_VM;
            assertTrue(gsi(hosts.setIntegrationService(host, vm, IntegrationServiceType.GUEST_SERVICE_INTERFACE, true)).enabled());
            assertTrue(gsi(hosts.readHost(host).vm(vm).orElseThrow().services()).enabled());
            assertFalse(gsi(hosts.setIntegrationService(host, vm, IntegrationServiceType.GUEST_SERVICE_INTERFACE, false)).enabled());
        }
        assertEquals("Gastdienstschnittstelle",
                gsi(hosts.readHost(host(InProcessFleet.DE_HOST)).vm(GERMAN_VM).orElseThrow().services()).displayName());
    }

    @Test
    void anUnknownVmIsACommandFailureWithHyperVsText() {
        UUID unknown = UUID.fromString("00000000-0000-4000-8000-000000000001");
        CommandFailedException failure = assertThrows(CommandFailedException.class, () -> hosts.setIntegrationService(
                host(InProcessFleet.EN_HOST), unknown, IntegrationServiceType.VSS, true));
        assertTrue(failure.errorText().startsWith("Hyper-V was unable to find a virtual machine with ID"), failure.errorText());
        assertFalse(failure.isTransient());
    }

    @Test
    void startsAndStopsAWindowsGuestServiceThroughPowerShellDirect() throws ConnectorException {
        HostEndpoint host = host(InProcessFleet.EN_HOST);
        assertEquals(GuestServiceStatus.RUNNING, kvp(hosts.readGuestServices(host, DEMOVM, GUEST)).status());
        assertEquals(GuestServiceStatus.STOPPED,
                kvp(hosts.setGuestService(host, DEMOVM, GUEST, WindowsGuestService.VMICKVPEXCHANGE, false)).status());
        assertEquals(GuestServiceStatus.RUNNING,
                kvp(hosts.setGuestService(host, DEMOVM, GUEST, WindowsGuestService.VMICKVPEXCHANGE, true)).status());
        CommandFailedException wrong = assertThrows(CommandFailedException.class, () -> hosts.readGuestServices(host,
                DEMOVM, new GuestCredentials("Administrator", "wrong")));
        assertEquals("The credential is invalid.", wrong.errorText());
    }

    @Test
    void stopsAndStartsALinuxDaemonAsRootAndThroughSudo() throws ConnectorException {
        for (String address : List.of(InProcessFleet.LINUX_ROOT_GUEST, InProcessFleet.LINUX_SUDO_GUEST)) {
            String user = address.equals(InProcessFleet.LINUX_ROOT_GUEST) ? "root" : "hvops";
            GuestEndpoint guest = new GuestEndpoint(address, 22, user, "linux-secret", null);
            LinuxGuestState before = guests.check(guest);
            assertTrue(before.hvUtilsLoaded());
            DaemonState kvp = before.daemon(LinuxDaemon.HV_KVP_DAEMON).orElseThrow();
            assertTrue(kvp.running(), address);
            assertFalse(guests.stopDaemon(guest, LinuxDaemon.HV_KVP_DAEMON).daemon(LinuxDaemon.HV_KVP_DAEMON).orElseThrow().running());
            DaemonState restarted = guests.startDaemon(guest, LinuxDaemon.HV_KVP_DAEMON).daemon(LinuxDaemon.HV_KVP_DAEMON).orElseThrow();
            assertTrue(restarted.running());
            assertNotEquals(kvp.pids(), restarted.pids(), "a restarted daemon has a new PID");
        }
    }

    @Test
    void theFailCommandsFaultIsACommandFailure() {
        CommandFailedException failure = assertThrows(CommandFailedException.class,
                () -> hosts.readHost(host(InProcessFleet.FAILING_HOST)));
        assertTrue(failure.errorText().contains("not responding"), failure.errorText());
    }

    static IntegrationServiceState gsi(List<IntegrationServiceState> services) {
        return services.stream().filter(s -> s.type() == IntegrationServiceType.GUEST_SERVICE_INTERFACE).findFirst().orElseThrow();
    }

    static GuestServiceState kvp(List<GuestServiceState> services) {
        return services.stream().filter(s -> s.name().equals("vmickvpexchange")).findFirst().orElseThrow();
    }
}
