package org.hvic.simulator.journal;

/**
 * One state change caused by a command: {@code vm} (VM name), {@code vmId}, {@code service} (English component name,
 * guest service name or daemon name), {@code field} (Enabled, Status, pids), {@code before} and {@code after}.
 */
public record StateChange(String vm, String vmId, String service, String field, String before, String after) {
    String toJson() {
        return "{\"vm\":" + Json.quote(vm) + ",\"vmId\":" + Json.quote(vmId) + ",\"service\":" + Json.quote(service)
                + ",\"field\":" + Json.quote(field) + ",\"before\":" + Json.quote(before) + ",\"after\":" + Json.quote(after) + "}";
    }
}
