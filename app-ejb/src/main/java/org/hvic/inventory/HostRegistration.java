package org.hvic.inventory;

/** What an administrator gives to register a host. The guest account is the default for its VMs' guests. */
public record HostRegistration(String name, String address, Integer port, String os, String username, String password,
        String guestUsername, String guestPassword) {

    @Override
    public String toString() {
        return "HostRegistration[" + name + ", " + username + "@" + address + ":" + port + "]";
    }
}
