package org.hvic.web;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.hvic.problem.Problem;
import org.hvic.security.CurrentActor;

/**
 * What every page bean needs: the caller, the server-side role check of an action (a hidden button is not security),
 * faces messages from the {@code msg} bundle, and services' problems shown as messages instead of error pages.
 */
public abstract class ViewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "org.hvic.web.messages";

    @Inject
    protected CurrentActor currentActor;

    /** True when the caller holds one of the roles; otherwise an error message, and the action must change nothing. */
    protected boolean allowed(String... roles) {
        if (currentActor.hasAnyRole(roles)) {
            return true;
        }
        error("action.forbidden");
        return false;
    }

    /** Runs a service call; a {@link Problem} (or another EJB failure) becomes an error message and null. */
    protected <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (Problem p) {
            message(FacesMessage.SEVERITY_ERROR, text("action.failed"), p.getMessage());
        } catch (EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            message(FacesMessage.SEVERITY_ERROR, text("action.failed"), cause.getClass().getSimpleName());
        }
        return null;
    }

    protected void info(String key, Object... args) {
        message(FacesMessage.SEVERITY_INFO, text(key, args), null);
    }

    protected void error(String key, Object... args) {
        message(FacesMessage.SEVERITY_ERROR, text(key, args), null);
    }

    protected static void message(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, summary, detail));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    protected static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** Shows "not found" and answers the status for a page whose subject (an id parameter) does not exist. */
    protected static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
