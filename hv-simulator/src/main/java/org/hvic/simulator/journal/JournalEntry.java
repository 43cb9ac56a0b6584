package org.hvic.simulator.journal;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** One command received by the simulator; the script has its passwords redacted. */
public record JournalEntry(Instant time, String address, String user, String script, Verdict verdict, int exitCode,
                           List<StateChange> changes) {

    public enum Verdict { ACCEPTED, REJECTED }

    public boolean rejected() {
        return verdict == Verdict.REJECTED;
    }

    /** One JSON line as written to the journal file. */
    public String toJson() {
        return "{\"time\":" + Json.quote(time.toString()) + ",\"address\":" + Json.quote(address) + ",\"user\":"
                + Json.quote(user) + ",\"script\":" + Json.quote(script) + ",\"verdict\":"
                + Json.quote(verdict.name().toLowerCase()) + ",\"exitCode\":" + exitCode + ",\"changes\":["
                + changes.stream().map(StateChange::toJson).collect(Collectors.joining(",")) + "]}";
    }
}
