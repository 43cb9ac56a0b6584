package org.hvic.web;

import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The user's language: the browser's first of German or English, until the switch in the header changes it. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Locale.ENGLISH;
            Iterator<Locale> wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestLocales();
            while (wanted.hasNext()) {
                String language = wanted.next().getLanguage();
                if ("de".equals(language) || "en".equals(language)) {
                    locale = Locale.forLanguageTag(language);
                    break;
                }
            }
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches to {@code de} or {@code en} (anything else is ignored) and renders the page again. */
    public void change(String language) {
        if ("de".equals(language) || "en".equals(language)) {
            locale = Locale.forLanguageTag(language);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
    }
}
