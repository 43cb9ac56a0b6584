package org.hvic.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.hvic.inventory.HostView;
import org.hvic.inventory.InventoryQueryService;
import org.hvic.inventory.Page;

/** The hosts: filter by name, OS and reachability; refresh one (OPERATOR, ADMIN). */
@Named
@ViewScoped
public class HostListView extends ListFilterView {

    private static final long serialVersionUID = 1L;

    @EJB
    private InventoryQueryService inventory;

    private String reachable;
    private PagedModel<HostView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(this::page, h -> String.valueOf(h.id()));
    }

    private Page<HostView> page(int first, int size, String sort, boolean descending) {
        List<HostView> hosts = inventory.hosts().stream()
                .filter(h -> contains(h.name(), getName()) && contains(h.os(), getOs()))
                .filter(h -> reachable == null || reachable.isBlank()
                        || String.valueOf(Boolean.TRUE.equals(h.reachable())).equals(reachable))
                .sorted(order(sort, descending)).toList();
        return new Page<>(hosts.subList(Math.min(first, hosts.size()), Math.min(first + size, hosts.size())),
                hosts.size());
    }

    private static Comparator<HostView> order(String sort, boolean descending) {
        Comparator<HostView> c = switch (sort == null ? "name" : sort) {
            case "os" -> Comparator.comparing(h -> String.valueOf(h.os()).toLowerCase(Locale.ROOT));
            case "vmCount" -> Comparator.comparingLong(HostView::vmCount);
            case "reachable" -> Comparator.comparing(h -> Boolean.TRUE.equals(h.reachable()));
            default -> Comparator.comparing(h -> h.name().toLowerCase(Locale.ROOT));
        };
        return descending ? c.reversed() : c;
    }

    private static boolean contains(String value, String wanted) {
        return wanted == null || wanted.isBlank()
                || (value != null && value.toLowerCase(Locale.ROOT).contains(wanted.trim().toLowerCase(Locale.ROOT)));
    }

    public void refresh(long hostId) {
        if (allowed("OPERATOR", "ADMIN") && attempt(() -> operations.refreshHost(hostId, currentActor.actor())) != null) {
            info("hosts.refreshQueued");
        }
    }

    public PagedModel<HostView> getModel() {
        return model;
    }

    public String getReachable() {
        return reachable;
    }

    public void setReachable(String reachable) {
        this.reachable = reachable;
    }
}
