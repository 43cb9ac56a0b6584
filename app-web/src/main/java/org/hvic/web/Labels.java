package org.hvic.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.hvic.connector.IntegrationServiceType;

/**
 * Names in the user's language for values that come as codes: {@code #{labels.of('state.', vm.state)}} is the
 * bundle's text for the key, or the value itself (still escaped by the page) when there is none;
 * {@code #{labels.service(guid, reported)}} names an integration service in German or English.
 */
@Named
@ApplicationScoped
public class Labels {

    public String of(String prefix, Object value) {
        if (value == null) {
            return "";
        }
        try {
            return ResourceBundle.getBundle(ViewBean.BUNDLE, locale()).getString(prefix + value);
        } catch (MissingResourceException e) {
            return String.valueOf(value);
        }
    }

    /** The component's name in the user's language; {@code fallback} (e.g. the host's display name) otherwise. */
    public String service(String guidOrName, String fallback) {
        boolean german = "de".equals(locale().getLanguage());
        return IntegrationServiceType.fromGuid(guidOrName)
                .or(() -> byName(guidOrName))
                .map(t -> german ? t.germanName() : t.englishName())
                .orElse(fallback == null ? guidOrName : fallback);
    }

    /** The bundle's message {@code key} with two arguments. */
    public String format(String key, Object first, Object second) {
        return ViewBean.text(key, first, second);
    }

    /** A moment as date and time in the server's zone, {@code dd.MM.yyyy HH:mm:ss} in German. */
    public String time(java.time.Instant instant) {
        if (instant == null) {
            return "";
        }
        String pattern = "de".equals(locale().getLanguage()) ? "dd.MM.yyyy HH:mm:ss" : "yyyy-MM-dd HH:mm:ss";
        return java.time.format.DateTimeFormatter.ofPattern(pattern).withZone(java.time.ZoneId.systemDefault())
                .format(instant);
    }

    /** Every component (its enum name), for service choices. */
    public IntegrationServiceType[] getServiceTypes() {
        return IntegrationServiceType.values();
    }

    public String serviceType(IntegrationServiceType type) {
        return "de".equals(locale().getLanguage()) ? type.germanName() : type.englishName();
    }

    private static java.util.Optional<IntegrationServiceType> byName(String name) {
        for (IntegrationServiceType t : IntegrationServiceType.values()) {
            if (t.englishName().equalsIgnoreCase(String.valueOf(name)) || t.name().equals(name)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
