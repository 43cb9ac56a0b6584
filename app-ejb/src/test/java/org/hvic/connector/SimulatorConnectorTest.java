package org.hvic.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hvic.simulator.FleetSimulator;
import org.hvic.simulator.fleet.Fleet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connectors over real SSH against the simulator started in-process on random ports: the demo fleet for the
 * seed's scenarios, the connectors' test fleet (connector/test-fleet.yaml) for the faults.
 */
class SimulatorConnectorTest {

    private static final String W10_HOST = "127.0.1.1";
    private static final String R2_HOST = "127.0.1.2";
    private static final String GERMAN_HOST = "127.0.1.3";
    private static final String OFFLINE_HOST = "127.0.1.4";
    private static final String SEED_LINUX_GUEST = "127.0.2.1";
    private static final UUID DEMOVM = ProtocolContractTest.DEMOVM;
    private static final GuestCredentials DEMOVM_GUEST = new GuestCredentials("Administrator", "guest-secret");

    @TempDir
    static Path journals;

    private static FleetSimulator demo;
    private static FleetSimulator faulty;
    private static SshExecutor ssh;
    private static HostConnector hosts;
    private static LinuxGuestConnector guests;
    /** The key the rekeyed host presented before its key changed (approved by an administrator back then). */
    private static String rekeyedHostApprovedKey;

    @BeforeAll
    static void startSimulators() throws ConnectorException {
        ssh = new SshExecutor(Duration.ofSeconds(10), Duration.ofSeconds(30));
        hosts = new HostConnector(ssh);
        guests = new LinuxGuestConnector(ssh);
        demo = FleetSimulator.start(Fleet.demo(), 0, journals.resolve("demo-journal.jsonl"));
        Path keys = journals.resolve("faulty-fleet-keys");
        String yaml = InProcessFleet.testFleetYaml();
        try (FleetSimulator before = FleetSimulator.start(Fleet.parse(yaml.replace("hostKeyChanged: true", "")), 0,
                null, keys)) {
            rekeyedHostApprovedKey = ssh.presentedHostKey(InProcessFleet.REKEYED_HOST, before.port()).fingerprint();
        }
        faulty = FleetSimulator.start(Fleet.parse(yaml), 0, journals.resolve("faults-journal.jsonl"), keys);
    }

    @AfterAll
    static void noCommandFromTheConnectorsWasRejected() {
        try {
            assertEquals(0, demo.journal().rejectedCount(), () -> demo.journal().entries().toString());
            assertEquals(0, faulty.journal().rejectedCount(), () -> faulty.journal().entries().toString());
        } finally {
            ssh.close();
            demo.close();
            faulty.close();
        }
    }

    @Test
    void readsEveryVmOfAHostInOneRoundTrip() throws ConnectorException {
        int before = demo.journal().entriesFor(W10_HOST).size();
        HostInventory inventory = hosts.readHost(approved(demo, W10_HOST, "hvadmin", "secret"));
        assertEquals(before + 1, demo.journal().entriesFor(W10_HOST).size(), "one command for the whole host");
        assertTrue(inventory.vms().size() > 10);
        VmSnapshot demovm = inventory.vm(DEMOVM).orElseThrow();
        assertEquals("demovm", demovm.name());
        assertEquals(VmState.RUNNING, demovm.state());
        assertEquals("9.0", demovm.configVersion());
        assertEquals(6, demovm.services().size());
        assertFalse(demovm.service(IntegrationServiceType.GUEST_SERVICE_INTERFACE).orElseThrow().enabled());
        assertTrue(demovm.service(IntegrationServiceType.HEARTBEAT).orElseThrow().enabled());
        assertEquals("Windows 10 Enterprise", inventory.hostOs());
        assertEquals("Windows 10 Enterprise", demovm.guestOs());
        assertEquals("Ubuntu 14.04.1 LTS", inventory.vmsNamed("ubuntu-seed").get(0).guestOs());
        assertEquals("Windows Server 2008 R2 Enterprise", inventory.vmsNamed("w10-guest-2008r2").get(0).guestOs());
        for (String silent : List.of("w10-off", "w10-kvp-stopped", "w10-guest-8-nokvp", "w10-guest-7-nokvp")) {
            assertNull(inventory.vmsNamed(silent).get(0).guestOs(), silent);
        }
        assertEquals("Windows Server 2012 R2 Datacenter",
                hosts.readHost(approved(demo, R2_HOST, "hvadmin", "secret")).hostOs());
    }

    @Test
    void enablesThenDisablesGuestServiceInterfaceOnDemovm() throws ConnectorException {
        HostEndpoint host = approved(demo, W10_HOST, "hvadmin", "secret");
        toggleGuestServiceInterface(host, DEMOVM);
    }

    @Test
    void enablesThenDisablesOnAGermanHost() throws ConnectorException {
        HostEndpoint host = approved(demo, GERMAN_HOST, "hvadmin", "secret");
        VmSnapshot vm = hosts.readHost(host).vms().stream()
                .filter(candidate -> candidate.service(IntegrationServiceType.GUEST_SERVICE_INTERFACE).isPresent())
                .findFirst().orElseThrow();
        String display = vm.service(IntegrationServiceType.GUEST_SERVICE_INTERFACE).orElseThrow().displayName();
        assertEquals("Gastdienstschnittstelle", display);
        toggleGuestServiceInterface(host, vm.vmId());
    }

    private static void toggleGuestServiceInterface(HostEndpoint host, UUID vmId) throws ConnectorException {
        IntegrationServiceType gsi = IntegrationServiceType.GUEST_SERVICE_INTERFACE;
        boolean initially = hosts.readHost(host).vm(vmId).orElseThrow().service(gsi).orElseThrow().enabled();
        List<IntegrationServiceState> enabled = hosts.setIntegrationService(host, vmId, gsi, true);
        assertTrue(ProtocolContractTest.gsi(enabled).enabled());
        assertTrue(demo.integrationServiceEnabled(vmId.toString(), gsi.guid()));
        assertTrue(hosts.readHost(host).vm(vmId).orElseThrow().service(gsi).orElseThrow().enabled(), "read back");
        List<IntegrationServiceState> disabled = hosts.setIntegrationService(host, vmId, gsi, false);
        assertFalse(ProtocolContractTest.gsi(disabled).enabled());
        assertFalse(demo.integrationServiceEnabled(vmId.toString(), gsi.guid()));
        hosts.setIntegrationService(host, vmId, gsi, initially);
    }

    @Test
    void stopsAndStartsVmickvpexchangeThroughPowerShellDirect() throws ConnectorException {
        HostEndpoint host = approved(demo, W10_HOST, "hvadmin", "secret");
        List<GuestServiceState> services = hosts.readGuestServices(host, DEMOVM, DEMOVM_GUEST);
        assertEquals(8, services.size(), services::toString);
        assertEquals(GuestServiceStatus.RUNNING, ProtocolContractTest.kvp(services).status());
        assertEquals(GuestServiceStatus.STOPPED, ProtocolContractTest.kvp(hosts.setGuestService(host, DEMOVM,
                DEMOVM_GUEST, WindowsGuestService.VMICKVPEXCHANGE, false)).status());
        assertEquals("Stopped", demo.guestServiceStatus(DEMOVM.toString(), "vmickvpexchange").orElseThrow());
        assertEquals(GuestServiceStatus.RUNNING, ProtocolContractTest.kvp(hosts.setGuestService(host, DEMOVM,
                DEMOVM_GUEST, WindowsGuestService.VMICKVPEXCHANGE, true)).status());
        assertEquals("Running", demo.guestServiceStatus(DEMOVM.toString(), "vmickvpexchange").orElseThrow());
    }

    @Test
    void stopsAndStartsHvKvpDaemonOnTheSeedsLinuxGuest() throws ConnectorException {
        GuestEndpoint guest = new GuestEndpoint(SEED_LINUX_GUEST, demo.port(), "scooley", "guest-secret",
                ssh.presentedHostKey(SEED_LINUX_GUEST, demo.port()).fingerprint());
        LinuxGuestState seed = guests.check(guest);
        assertTrue(seed.hvUtilsLoaded());
        DaemonState kvp = seed.daemon(LinuxDaemon.HV_KVP_DAEMON).orElseThrow();
        assertEquals(List.of(1286, 9333), kvp.pids().stream().sorted().toList());
        assertTrue(seed.daemon(LinuxDaemon.HV_FCOPY_DAEMON).orElseThrow().installed());

        DaemonState stopped = guests.stopDaemon(guest, LinuxDaemon.HV_KVP_DAEMON).daemon(LinuxDaemon.HV_KVP_DAEMON).orElseThrow();
        assertFalse(stopped.running());
        assertTrue(stopped.installed());
        assertEquals(List.of(), demo.daemonPids(SEED_LINUX_GUEST, "hv_kvp_daemon"));

        DaemonState started = guests.startDaemon(guest, LinuxDaemon.HV_KVP_DAEMON).daemon(LinuxDaemon.HV_KVP_DAEMON).orElseThrow();
        assertTrue(started.running());
        assertEquals(1, started.pids().size());
        assertFalse(kvp.pids().contains(started.pids().get(0)), "the restarted daemon has a new PID");
        assertNotEquals(List.of(), demo.daemonPids(SEED_LINUX_GUEST, "hv_kvp_daemon"));
    }

    @Test
    void anUnreachableHostIsUnreachable() {
        for (FleetSimulator simulator : List.of(demo, faulty)) {
            String address = simulator == demo ? OFFLINE_HOST : InProcessFleet.UNREACHABLE_HOST;
            ConnectorException failure = assertThrows(ConnectorException.class, () -> hosts.readHost(
                    new HostEndpoint(address, simulator.port(), "hvadmin", "secret", "SHA256:x")));
            assertEquals(ConnectorException.Kind.UNREACHABLE, failure.kind(), failure::getMessage);
            assertTrue(failure.isTransient());
        }
    }

    @Test
    void aWrongPasswordOrTheAuthFailureFaultIsAnAuthenticationFailure() throws ConnectorException {
        HostEndpoint wrongPassword = withPassword(approved(demo, W10_HOST, "hvadmin", "secret"), "not-the-password");
        HostEndpoint authFault = approved(faulty, InProcessFleet.AUTH_FAILURE_HOST, "hvadmin", "secret");
        for (HostEndpoint host : List.of(wrongPassword, authFault)) {
            ConnectorException failure = assertThrows(ConnectorException.class, () -> hosts.readHost(host));
            assertEquals(ConnectorException.Kind.AUTHENTICATION, failure.kind(), failure::getMessage);
            assertFalse(failure.getMessage().contains("not-the-password"));
        }
    }

    @Test
    void aHostWithoutAnApprovedKeyIsRefusedWithTheKeyItPresented() throws ConnectorException {
        PresentedHostKey key = ssh.presentedHostKey(W10_HOST, demo.port());
        assertTrue(key.fingerprint().startsWith("SHA256:"));
        assertTrue(key.openSshPublicKey().startsWith("ecdsa-sha2-") || key.openSshPublicKey().startsWith("ssh-"));
        HostKeyException failure = assertThrows(HostKeyException.class, () -> hosts.readHost(
                new HostEndpoint(W10_HOST, demo.port(), "hvadmin", "secret", null)));
        assertEquals(ConnectorException.Kind.HOST_KEY_UNKNOWN, failure.kind());
        assertEquals(key, failure.presented());
    }

    @Test
    void aChangedHostKeyIsRefused() throws ConnectorException {
        String otherHostsKey = ssh.presentedHostKey(R2_HOST, demo.port()).fingerprint();
        HostKeyException changed = assertThrows(HostKeyException.class, () -> hosts.readHost(
                new HostEndpoint(W10_HOST, demo.port(), "hvadmin", "secret", otherHostsKey)));
        assertEquals(ConnectorException.Kind.HOST_KEY_CHANGED, changed.kind());
        assertEquals(ssh.presentedHostKey(W10_HOST, demo.port()), changed.presented());

        HostEndpoint rekeyed = new HostEndpoint(InProcessFleet.REKEYED_HOST, faulty.port(), "hvadmin", "secret",
                rekeyedHostApprovedKey);
        assertNotEquals(rekeyedHostApprovedKey, ssh.presentedHostKey(rekeyed.address(), faulty.port()).fingerprint());
        HostKeyException fault = assertThrows(HostKeyException.class, () -> hosts.readHost(rekeyed));
        assertEquals(ConnectorException.Kind.HOST_KEY_CHANGED, fault.kind());
        assertFalse(fault.isTransient());
    }

    @Test
    void aFailingCommandCarriesThePowerShellError() throws ConnectorException {
        HostEndpoint failing = approved(faulty, InProcessFleet.FAILING_HOST, "hvadmin", "secret");
        CommandFailedException fault = assertThrows(CommandFailedException.class, () -> hosts.readHost(failing));
        assertTrue(fault.errorText().contains("(simulated fault: failCommands)"), fault.errorText());
        assertEquals(ConnectorException.Kind.COMMAND_FAILED, fault.kind());

        HostEndpoint host = approved(demo, W10_HOST, "hvadmin", "secret");
        UUID unknown = UUID.fromString("00000000-0000-4000-8000-0000000000aa");
        CommandFailedException noSuchVm = assertThrows(CommandFailedException.class,
                () -> hosts.setIntegrationService(host, unknown, IntegrationServiceType.VSS, false));
        assertEquals("Hyper-V was unable to find a virtual machine with ID \"" + unknown + "\".", noSuchVm.errorText());
    }

    @Test
    void aCommandSlowerThanTheCommandTimeoutTimesOut() throws ConnectorException {
        try (SshExecutor impatient = new SshExecutor(Duration.ofSeconds(10), Duration.ofMillis(800))) {
            HostEndpoint slow = approved(faulty, InProcessFleet.SLOW_HOST, "hvadmin", "secret");
            ConnectorException failure = assertThrows(ConnectorException.class,
                    () -> new HostConnector(impatient).readHost(slow));
            assertEquals(ConnectorException.Kind.TIMEOUT, failure.kind(), failure::getMessage);
            assertTrue(failure.isTransient());
        }
    }

    /** An endpoint whose host key was approved as an administrator would: from what the host presents. */
    private static HostEndpoint approved(FleetSimulator simulator, String address, String user, String password)
            throws ConnectorException {
        String fingerprint = ssh.presentedHostKey(address, simulator.port()).fingerprint();
        return new HostEndpoint(address, simulator.port(), user, password, fingerprint);
    }

    private static HostEndpoint withPassword(HostEndpoint host, String password) {
        return new HostEndpoint(host.address(), host.port(), host.username(), password, host.approvedHostKeyFingerprint());
    }
}
