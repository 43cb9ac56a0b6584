package org.hvic.simulator.hyperv;

/** Hyper-V error texts in the host's language (en-US, de-DE). */
final class Messages {
    private Messages() {
    }

    static String vmNotFoundByName(boolean german, String name) {
        return german ? "Hyper-V kann keinen virtuellen Computer mit dem Namen \"" + name + "\" finden."
                : "Hyper-V was unable to find a virtual machine with name \"" + name + "\".";
    }

    static String vmNotFoundById(boolean german, String id) {
        return german ? "Hyper-V kann keinen virtuellen Computer mit der ID \"" + id + "\" finden."
                : "Hyper-V was unable to find a virtual machine with ID \"" + id + "\".";
    }

    static String componentNotFound(boolean german) {
        return german ? "Ein Parameter ist ungültig. Es wurde keine Integrationskomponente mit dem angegebenen Namen gefunden."
                : "A parameter is invalid. No integration component with the given name could be found.";
    }

    static String missingMandatory(String parameter) {
        return "Cannot process command because of one or more missing mandatory parameters: " + parameter + ".";
    }
}
