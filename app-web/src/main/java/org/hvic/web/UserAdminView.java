package org.hvic.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.hvic.security.HvicAuthenticationMechanism;
import org.hvic.security.UserAdministration;
import org.hvic.security.UserSummary;

/** Users and their roles (ADMIN): create, change roles, unlock, disable and enable. Every change is audited. */
@Named
@ViewScoped
public class UserAdminView extends ViewBean {

    private static final long serialVersionUID = 1L;
    static final List<String> ROLES = List.of("OPERATOR", "AUDITOR", "MANAGER", "ADMIN");

    @EJB
    private UserAdministration users;

    @Inject
    private HvicAuthenticationMechanism mechanism;

    private List<UserSummary> list = List.of();
    private final Map<Long, List<String>> roles = new HashMap<>();
    private final Credentials credentials = new Credentials();
    private List<String> newRoles = new ArrayList<>();

    public void load() {
        list = users.list();
        roles.clear();
        list.forEach(u -> roles.put(u.id(), new ArrayList<>(u.roles())));
    }

    public void create() {
        String username = credentials.getUsername();
        String password = credentials.takePassword();
        if (allowed("ADMIN") && attempt(() -> users.create(currentActor.actor(), username, password, newRoles)) != null) {
            info("admin.users.created", username);
            credentials.setUsername(null);
            newRoles = new ArrayList<>();
            load();
        }
    }

    public void saveRoles(UserSummary user) {
        change(user, () -> users.changeRoles(currentActor.actor(), user.id(), roles.get(user.id())));
    }

    public void unlock(UserSummary user) {
        change(user, () -> users.unlock(currentActor.actor(), user.id()));
    }

    public void disable(UserSummary user) {
        change(user, () -> users.disable(currentActor.actor(), user.id()));
    }

    public void enable(UserSummary user) {
        change(user, () -> users.enable(currentActor.actor(), user.id()));
    }

    private void change(UserSummary user, Supplier<UserSummary> call) {
        if (allowed("ADMIN") && attempt(call) != null) {
            mechanism.verifiedCallers().forget(user.username());
            info("admin.users.changed", user.username());
            load();
        }
    }

    public List<String> getAllRoles() {
        return ROLES;
    }

    public List<UserSummary> getList() {
        return list;
    }

    public Map<Long, List<String>> getRoles() {
        return roles;
    }

    public Credentials getCredentials() {
        return credentials;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }
}
