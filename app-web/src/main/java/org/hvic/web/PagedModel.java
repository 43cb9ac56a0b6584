package org.hvic.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.hvic.inventory.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table model over a facade's page query: the table asks for one page (sorted by one column), the facade
 * answers it with the total. Rows are found again by their key for selections.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads {@code size} rows from {@code first}, sorted by {@code sort} (a column's field, or null). */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(int first, int size, String sort, boolean descending);
    }

    /** The row key of a row. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Loader<T> loader;
    private final Key<T> key;
    private List<T> current = List.of();
    private Page<T> last;

    public PagedModel(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return last == null ? 0 : (int) last.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        String field = sort == null || sort.getOrder() == SortOrder.UNSORTED ? null : field(sort.getField());
        last = loader.load(first, pageSize, field, sort != null && sort.getOrder() == SortOrder.DESCENDING);
        setRowCount((int) last.total());
        current = last.items();
        return current;
    }

    /** {@code name}, {@code h.name()} or {@code #{h.name()}} all mean {@code name}. */
    static String field(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace("#{", "").replace("}", "").replace("()", "");
        return s.substring(s.lastIndexOf('.') + 1);
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return current.stream().filter(r -> key.of(r).equals(rowKey)).findFirst().orElse(null);
    }
}
