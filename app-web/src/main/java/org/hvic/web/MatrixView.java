package org.hvic.web;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.hvic.compliance.matrix.MatrixChange;
import org.hvic.compliance.matrix.MatrixRowInput;
import org.hvic.compliance.matrix.MatrixRowView;
import org.hvic.compliance.matrix.MatrixService;
import org.hvic.compliance.matrix.MatrixSetView;

/** The update-mechanism matrices (everyone reads them); adding, replacing and removing rows is for ADMIN. */
@Named
@ViewScoped
public class MatrixView extends ViewBean {

    private static final long serialVersionUID = 1L;
    static final List<String> MECHANISMS = List.of("WINDOWS_UPDATE", "INTEGRATION_SERVICES_DISK", "LINUX_DISTRIBUTION");

    @EJB
    private MatrixService matrices;

    private List<MatrixSetView> sets = List.of();
    private String set;
    private MatrixSetView current;
    private String comment;
    private String hostMatrix;
    private String guestOs;
    private String mechanism = MECHANISMS.get(0);
    private boolean requiresDataExchange;
    private String noteDe;
    private String noteEn;

    public void load() {
        sets = matrices.list();
        if (set == null || sets.stream().noneMatch(s -> s.name().equals(set))) {
            set = sets.isEmpty() ? null : sets.get(0).name();
        }
        show();
    }

    public void show() {
        current = set == null ? null : attempt(() -> matrices.get(set, null));
    }

    public void saveRow() {
        change(new MatrixChange(comment, List.of(new MatrixRowInput(hostMatrix, guestOs, mechanism,
                requiresDataExchange, noteDe, noteEn)), List.of()));
    }

    public void removeRow(MatrixRowView row) {
        change(new MatrixChange(comment, List.of(), List.of(new MatrixChange.RowRef(row.hostMatrix(), row.guestOs()))));
    }

    private void change(MatrixChange change) {
        if (!allowed("ADMIN") || current == null) {
            return;
        }
        MatrixSetView changed = attempt(() -> matrices.change(current.name(), change, currentActor.actor()));
        if (changed != null) {
            current = changed;
            info("matrices.saved", changed.name(), changed.version());
        }
    }

    public List<String> getHostMatrices() {
        return current == null ? List.of() : current.rows().stream().map(MatrixRowView::hostMatrix).distinct().toList();
    }

    public List<String> completeHostMatrix(String query) {
        String q = query == null ? "" : query.toLowerCase(java.util.Locale.ROOT);
        return getHostMatrices().stream().filter(m -> m.toLowerCase(java.util.Locale.ROOT).contains(q)).toList();
    }

    public List<String> getMechanisms() {
        return MECHANISMS;
    }

    public List<MatrixSetView> getSets() {
        return sets;
    }

    public MatrixSetView getCurrent() {
        return current;
    }

    public String getSet() {
        return set;
    }

    public void setSet(String set) {
        this.set = set;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getHostMatrix() {
        return hostMatrix;
    }

    public void setHostMatrix(String hostMatrix) {
        this.hostMatrix = hostMatrix;
    }

    public String getGuestOs() {
        return guestOs;
    }

    public void setGuestOs(String guestOs) {
        this.guestOs = guestOs;
    }

    public String getMechanism() {
        return mechanism;
    }

    public void setMechanism(String mechanism) {
        this.mechanism = mechanism;
    }

    public boolean isRequiresDataExchange() {
        return requiresDataExchange;
    }

    public void setRequiresDataExchange(boolean requiresDataExchange) {
        this.requiresDataExchange = requiresDataExchange;
    }

    public String getNoteDe() {
        return noteDe;
    }

    public void setNoteDe(String noteDe) {
        this.noteDe = noteDe;
    }

    public String getNoteEn() {
        return noteEn;
    }

    public void setNoteEn(String noteEn) {
        this.noteEn = noteEn;
    }
}
