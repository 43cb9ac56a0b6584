package org.hvic.connector;

/** One {@code vmic*} service inside a Windows guest. */
public record GuestServiceState(String name, String displayName, GuestServiceStatus status, StartType startType) {

    /** The known service of this name, if it is one. */
    public java.util.Optional<WindowsGuestService> service() {
        return WindowsGuestService.fromServiceName(name);
    }
}
