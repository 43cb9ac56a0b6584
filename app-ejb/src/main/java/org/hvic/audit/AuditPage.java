package org.hvic.audit;

import java.util.List;

/** One page of audit entries, newest first, and how many match the filters in all. */
public record AuditPage(List<AuditEntryView> items, long total) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
