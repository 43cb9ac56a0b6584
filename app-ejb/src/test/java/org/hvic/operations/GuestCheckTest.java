package org.hvic.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.hvic.connector.GuestCredentials;
import org.hvic.connector.GuestEndpoint;
import org.hvic.connector.HostEndpoint;
import org.hvic.operations.TargetRows.VmRow;
import org.junit.jupiter.api.Test;

/** Which guests a refresh checks, decided from the inventory alone. */
class GuestCheckTest {

    private static final HostEndpoint HOST = new HostEndpoint("127.0.0.1", 22, "hvadmin", "secret", null);
    private static final GuestCredentials ACCOUNT = new GuestCredentials("ops", "pw");

    @Test
    void linuxGuestNeedsAnAddressAndAnAccount() {
        GuestEndpoint endpoint = new GuestEndpoint("10.0.0.5", 22, "ops", "pw", null);
        assertNull(GuestCheck.of(target("LINUX", ACCOUNT, endpoint), runtime("Running", "9.0", "Ubuntu 22.04"))
                .unavailable());
        assertEquals("no address or account known for this Linux guest",
                GuestCheck.of(target("LINUX", null, null), runtime("Running", "9.0", "Ubuntu 22.04")).unavailable());
    }

    @Test
    void windowsGuestNeedsThePrerequisitesOfPowerShellDirect() {
        assertNull(GuestCheck.of(target("WINDOWS", ACCOUNT, null),
                runtime("Running", "9.0", "Windows Server 2019 Datacenter")).unavailable());
        assertTrue(GuestCheck.of(target("WINDOWS", ACCOUNT, null),
                runtime("Off", "9.0", "Windows Server 2019 Datacenter")).unavailable().contains("running VM"));
        assertTrue(GuestCheck.of(target("WINDOWS", ACCOUNT, null),
                runtime("Running", "5.0", "Windows Server 2019 Datacenter")).unavailable().contains("6.2"));
        assertTrue(GuestCheck.of(target("WINDOWS", ACCOUNT, null),
                runtime("Running", "9.0", "Windows Server 2012 R2 Standard")).unavailable().contains("guest"));
        assertEquals("no guest account configured for PowerShell Direct", GuestCheck.of(target("WINDOWS", null, null),
                runtime("Running", "9.0", "Windows Server 2019 Datacenter")).unavailable());
    }

    @Test
    void runningGuestOfUnknownKindIsProbedWithPowerShellDirect() {
        assertNull(GuestCheck.of(target("UNKNOWN", ACCOUNT, null), runtime("Running", "9.0", null)).unavailable());
        assertTrue(GuestCheck.of(target("UNKNOWN", ACCOUNT, null), runtime("Running", "5.0", null)).unavailable()
                .contains("6.2"));
    }

    @Test
    void vmWithoutRuntimeIsNotChecked() {
        assertEquals("the VM is no longer in the inventory",
                GuestCheck.of(target("WINDOWS", ACCOUNT, null), null).unavailable());
    }

    private static ExecutionTarget target(String kind, GuestCredentials credentials, GuestEndpoint guest) {
        return new ExecutionTarget(1, "hv01", HOST, 7L, UUID.randomUUID(), "vm-7", kind, credentials, guest);
    }

    private static VmRow runtime(String state, String configVersion, String guestOs) {
        return new VmRow(7, UUID.randomUUID(), "vm-7", null, null, null, null, null, true, state, configVersion,
                guestOs, guestOs == null ? "UNKNOWN" : guestOs.startsWith("Windows") ? "WINDOWS" : "LINUX", null);
    }
}
