package org.hvic.security;

import java.io.IOException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** The login page and the sign-out button of the header. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    private String username;
    private String password;

    /** View action of the login page: someone already signed in goes to the dashboard. */
    public void redirectIfSignedIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (external.getUserPrincipal() != null && !faces.isPostback()) {
            external.redirect(external.getRequestContextPath() + "/");
            faces.responseComplete();
        }
    }

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, "login.required"), null));
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password))));
        password = null;
        switch (status) {
            case SUCCESS -> {
                String target = SavedRequest.take(request.getSession(false));
                external.redirect(external.getRequestContextPath() + target);
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, "login.failed"), null));
        }
        return null;
    }

    /** Signs out: ends the authentication and the session, then shows the login page. */
    public void logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + HvicAuthenticationMechanism.LOGIN_PAGE + "?signedOut=true");
        faces.responseComplete();
    }

    private static String text(FacesContext faces, String key) {
        return ResourceBundle.getBundle(SecurityMessages.class.getName(), faces.getViewRoot().getLocale())
                .getString(key);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
