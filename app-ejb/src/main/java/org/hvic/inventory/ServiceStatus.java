package org.hvic.inventory;

/**
 * How a host-side integration service is doing, as the views group it. One SQL expression decides it so that the
 * dashboard's counts and the VM list's filter always agree.
 */
public enum ServiceStatus {
    OK, NO_CONTACT, LOST_COMMUNICATION, DISABLED, OTHER;

    /** The SQL CASE over {@code vm_integration_service} aliased {@code s} that yields this enum's names. */
    static final String SQL = "CASE WHEN NOT s.enabled THEN 'DISABLED' WHEN s.primary_status_code = 2 THEN 'OK'"
            + " WHEN s.primary_status_code = 12 THEN 'NO_CONTACT' WHEN s.primary_status_code = 13"
            + " THEN 'LOST_COMMUNICATION' ELSE 'OTHER' END";
}
