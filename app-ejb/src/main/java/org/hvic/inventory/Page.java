package org.hvic.inventory;

import java.util.List;

/** A page of a longer list and the length of the whole list. */
public record Page<T>(List<T> items, long total) {
}
