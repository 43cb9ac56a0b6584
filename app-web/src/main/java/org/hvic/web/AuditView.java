package org.hvic.web;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.hvic.audit.AuditEntryView;
import org.hvic.audit.AuditEventType;
import org.hvic.audit.AuditQuery;
import org.hvic.audit.AuditRecord;
import org.hvic.audit.AuditService;
import org.hvic.audit.AuditVerification;
import org.hvic.inventory.Page;
import org.hvic.problem.Problem;

/** The audit log (AUDITOR, ADMIN): filters, paging, verifying the chain (itself audited), export links. */
@Named
@ViewScoped
public class AuditView extends ViewBean {

    private static final long serialVersionUID = 1L;
    static final String[] ROLES = {"AUDITOR", "ADMIN"};

    @EJB
    private AuditService audit;

    private String from;
    private String to;
    private String actor;
    private String action;
    private String target;
    private PagedModel<AuditEntryView> model;
    private AuditVerification verification;

    @PostConstruct
    void init() {
        model = new PagedModel<>(this::page, e -> String.valueOf(e.id()));
    }

    private Page<AuditEntryView> page(int first, int size, String sort, boolean descending) {
        if (!currentActor.hasAnyRole(ROLES)) {
            return new Page<>(List.of(), 0);
        }
        try {
            var found = audit.find(AuditQuery.parse(from, to, actor, action, target, first / size, size, locale()));
            return new Page<>(found.items(), found.total());
        } catch (Problem p) {
            message(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text("action.failed"), p.getMessage());
            return new Page<>(List.of(), 0);
        }
    }

    public void verify() {
        if (!allowed(ROLES)) {
            return;
        }
        verification = audit.verify();
        audit.recordAlone(new AuditRecord(AuditEventType.AUDIT_VERIFIED, currentActor.actor(), "AUDIT", null,
                "audit log", Map.of("entries", Long.toString(verification.entries())),
                verification.valid() ? "VALID" : "BROKEN at entry " + verification.firstBrokenId()));
        if (verification.valid()) {
            info("audit.valid", verification.entries());
        } else {
            error("audit.broken", verification.entries(), verification.firstBrokenId());
        }
    }

    public PagedModel<AuditEntryView> getModel() {
        return model;
    }

    public AuditVerification getVerification() {
        return verification;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
