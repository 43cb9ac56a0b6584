package org.hvic.connector;

/**
 * The bench's view of the exec request a host refresh sends (HostScripts is package-private in the application), so
 * that the simulator can be warmed up with exactly that script before anything is measured.
 */
public final class RefreshScript {

    private RefreshScript() {
    }

    /** The command line of a host refresh, as SshExecutor sends it. */
    public static String commandLine() {
        return HostScripts.readHost().commandLine();
    }
}
