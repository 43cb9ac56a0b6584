package org.hvic.connector;

import java.util.function.Function;

/** Runs a command that must succeed and parses its output; a parse failure becomes a {@link CommandFailedException}. */
final class RemoteCommands {

    private RemoteCommands() {
    }

    static ExecResult run(RemoteExecutor executor, SshTarget target, String command) throws ConnectorException {
        return CommandFailedException.requireSuccess(SshExecutor.describe(target), executor.execute(target, command));
    }

    static <T> T run(RemoteExecutor executor, SshTarget target, String command, Function<String, T> parser)
            throws ConnectorException {
        return parse(target, run(executor, target, command), parser);
    }

    /** Parses a command's stdout; output of an unexpected shape is reported as a failed command. */
    static <T> T parse(SshTarget target, ExecResult result, Function<String, T> parser) throws CommandFailedException {
        try {
            return parser.apply(result.stdout());
        } catch (MalformedOutputException | IllegalArgumentException e) {
            String where = SshExecutor.describe(target);
            throw new CommandFailedException(where, result.exitCode(),
                    "unreadable answer from " + where + ": " + e.getMessage());
        }
    }
}
