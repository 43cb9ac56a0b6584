package org.hvic.compliance;

/** How a guest gets its integration components, as a matrix row says. Stored by name. */
public enum UpdateMechanism {
    WINDOWS_UPDATE,
    INTEGRATION_SERVICES_DISK,
    LINUX_DISTRIBUTION
}
