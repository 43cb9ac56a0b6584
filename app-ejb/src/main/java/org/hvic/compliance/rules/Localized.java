package org.hvic.compliance.rules;

import java.util.Locale;

/** A message argument that has its own English and German text (a component or mechanism name). */
public record Localized(String en, String de) {

    public String in(Locale locale) {
        return "de".equals(locale.getLanguage()) ? de : en;
    }
}
