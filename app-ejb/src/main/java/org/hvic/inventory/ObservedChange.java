package org.hvic.inventory;

/** One field of one service that changed between two observations: a service history row. */
record ObservedChange(long vmId, String service, String serviceName, String field, String before, String after) {

    static void compare(java.util.List<ObservedChange> into, long vmId, String service, String serviceName,
            String field, Object before, Object after) {
        String b = before == null ? null : before.toString();
        String a = after == null ? null : after.toString();
        if (b != null && !b.equals(a)) {
            into.add(new ObservedChange(vmId, service, serviceName, field, b, a));
        }
    }
}
