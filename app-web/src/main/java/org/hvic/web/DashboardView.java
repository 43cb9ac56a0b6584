package org.hvic.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

import org.hvic.inventory.FleetSummary;
import org.hvic.inventory.FleetSummaryService;

/** The fleet at a glance. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FleetSummaryService fleet;

    private FleetSummary summary;

    public void load() {
        summary = fleet.summary();
    }

    public FleetSummary getSummary() {
        return summary;
    }
}
