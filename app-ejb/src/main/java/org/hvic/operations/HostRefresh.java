package org.hvic.operations;

import org.hvic.connector.HostInventory;

/** What a host refresh read: the host's VMs, and how many guests were then checked or failed. */
public record HostRefresh(HostInventory inventory, int guestsChecked, int guestsFailed) {
}
