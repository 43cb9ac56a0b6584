package org.hvic.simulator.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FleetLoaderTest {
    private static final String HOST = "hosts:\n  - name: H\n    address: 127.0.9.1\n    os: \"Windows 10\"\n"
            + "    user: u\n    password: p\n";

    @Test
    void demoFleetHasAboutFortyVms() {
        Fleet demo = Fleet.demo();
        assertTrue(demo.vmCount() >= 38 && demo.vmCount() <= 45, "VMs: " + demo.vmCount());
        assertEquals(4, demo.hosts().size());
        assertTrue(demo.reachableAddresses().contains("127.0.2.1"));
        assertTrue(!demo.reachableAddresses().contains("127.0.1.4"));
    }

    @Test
    void errorsNameTheBadKey() {
        FleetException e = assertThrows(FleetException.class, () -> Fleet.parse(HOST + "    vms:\n      - name: v\n"
                + "        guestOs: Windows 10\n        stat: Running\n"));
        assertTrue(e.getMessage().contains("hosts[0].vms[0].stat: unknown key 'stat'"), e.getMessage());
        FleetException state = assertThrows(FleetException.class, () -> Fleet.parse(HOST + "    vms:\n      - name: v\n"
                + "        guestOs: Windows 10\n        state: On\n"));
        assertTrue(state.getMessage().contains("hosts[0].vms[0].state"), state.getMessage());
        FleetException service = assertThrows(FleetException.class, () -> Fleet.parse(HOST + "    vms:\n      - name: v\n"
                + "        guestOs: Windows 10\n        integrationServices: {Takt: {enabled: true}}\n"));
        assertTrue(service.getMessage().contains("integrationServices.Takt"), service.getMessage());
        assertThrows(FleetException.class, () -> Fleet.parse(HOST.replace("127.0.9.1", "10.0.0.1")));
    }

    @Test
    void defaultsFollowHyperV() {
        Fleet f = Fleet.parse(HOST + "    vms:\n      - name: v\n        guestOs: Windows 10\n        state: Off\n");
        Vm vm = f.hosts().get(0).vms().get(0);
        assertEquals(VmState.OFF, vm.state());
        assertTrue(vm.enabled(IntegrationComponent.HEARTBEAT));
        assertTrue(!vm.enabled(IntegrationComponent.GUEST_SERVICE_INTERFACE));
        assertEquals("Up to date", vm.integrationServicesState());
    }

    @Test
    void generatesAFleetOfTheBenchmarksSize() {
        Fleet f = Fleet.generate(1000, 20, 42);
        assertEquals(20000, f.vmCount());
    }
}
