package org.hvic.compliance.matrix;

import org.hvic.compliance.UpdateMechanism;

/** The names of the update mechanisms; the German ones as the seed writes them. */
public final class MechanismText {

    private MechanismText() {
    }

    public static String de(UpdateMechanism mechanism) {
        return switch (mechanism) {
            case WINDOWS_UPDATE -> "Windows Update";
            case INTEGRATION_SERVICES_DISK -> "Integrationsdienste-Datenträger";
            case LINUX_DISTRIBUTION -> "Kernel und Pakete der Distribution";
        };
    }

    public static String en(UpdateMechanism mechanism) {
        return switch (mechanism) {
            case WINDOWS_UPDATE -> "Windows Update";
            case INTEGRATION_SERVICES_DISK -> "Integration Services disk";
            case LINUX_DISTRIBUTION -> "Distribution kernel and packages";
        };
    }
}
