package org.hvic.connector;

/** Runs one command on a machine; {@link SshExecutor} is the implementation, tests may plug in another. */
public interface RemoteExecutor {

    /** Runs {@code command} as one exec request and returns its exit code and output, whatever the exit code. */
    ExecResult execute(SshTarget target, String command) throws ConnectorException;

    /** The host key a machine presents, for an administrator to approve. */
    PresentedHostKey presentedHostKey(String address, int port) throws ConnectorException;
}
