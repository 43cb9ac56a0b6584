package org.hvic.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Records never show passwords; failure kinds say whether they are transient. */
class ConnectorValuesTest {

    @Test
    void passwordsNeverAppearInToString() {
        String secret = "s3cr3t-pw";
        List<Object> values = List.of(new HostEndpoint("127.0.1.1", 22, "hvadmin", secret, null),
                new GuestEndpoint("127.0.2.1", 22, "root", secret, "SHA256:abc"),
                new GuestCredentials("Administrator", secret));
        for (Object value : values) {
            assertFalse(value.toString().contains(secret), value.toString());
        }
    }

    @Test
    void transientKinds() {
        for (ConnectorException.Kind kind : ConnectorException.Kind.values()) {
            boolean expected = kind == ConnectorException.Kind.UNREACHABLE || kind == ConnectorException.Kind.TIMEOUT;
            assertEquals(expected, new ConnectorException(kind, "x", "m").isTransient(), kind.name());
        }
        assertFalse(new CommandFailedException("x", 1, "boom").isTransient());
    }

    @Test
    void hostKeyExceptionsCarryThePresentedKey() {
        PresentedHostKey key = new PresentedHostKey("SHA256:abc", "ssh-ed25519 AAAA");
        HostKeyException changed = new HostKeyException(ConnectorException.Kind.HOST_KEY_CHANGED, "h", key);
        assertEquals("SHA256:abc", changed.presentedFingerprint());
        assertEquals("ssh-ed25519 AAAA", changed.presentedPublicKey());
        assertTrue(changed.getMessage().contains("CHANGED"));
        assertThrows(IllegalArgumentException.class,
                () -> new HostKeyException(ConnectorException.Kind.TIMEOUT, "h", key));
    }

    @Test
    void fingerprintsAreNormalized() {
        assertEquals("SHA256:abc", PinnedHostKeys.normalize("abc="));
        assertEquals("SHA256:abc", PinnedHostKeys.normalize(" sha256:abc "));
    }

    @Test
    void everyComponentMapsToItsGuestService() {
        assertEquals(6, IntegrationServiceType.values().length);
        assertEquals(WindowsGuestService.VMICGUESTINTERFACE, IntegrationServiceType.GUEST_SERVICE_INTERFACE.windowsGuestService());
        assertEquals(LinuxDaemon.HV_FCOPY_DAEMON, IntegrationServiceType.GUEST_SERVICE_INTERFACE.linuxDaemon().orElseThrow());
        assertTrue(IntegrationServiceType.HEARTBEAT.linuxDaemon().isEmpty());
        assertEquals("Gastdienstschnittstelle", IntegrationServiceType.GUEST_SERVICE_INTERFACE.germanName());
        assertEquals("vmicvmsession", WindowsGuestService.VMICVMSESSION.serviceName());
    }
}
