package org.hvic.simulator.exec;

import java.util.List;
import org.hvic.simulator.journal.StateChange;

/** What a simulated machine answered to one command. */
public record CommandResult(String stdout, String stderr, int exitCode, boolean rejected, List<StateChange> changes) {
}
