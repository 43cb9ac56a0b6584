package org.hvic.inventory;

/** What runs inside a VM, as far as hvic can tell. */
public enum GuestKind {
    WINDOWS, LINUX, UNKNOWN
}
