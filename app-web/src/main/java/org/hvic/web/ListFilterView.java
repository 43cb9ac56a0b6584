package org.hvic.web;

/** A list filtered by part of a name and of an operating system (hosts, VMs); both optional. */
public abstract class ListFilterView extends QueueingView {

    private static final long serialVersionUID = 1L;

    private String name;
    private String os;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOs() {
        return os;
    }

    public void setOs(String os) {
        this.os = os;
    }
}
