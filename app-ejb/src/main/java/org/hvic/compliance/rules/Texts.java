package org.hvic.compliance.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders compliance messages in English or German from {@code org/hvic/compliance/messages}. */
public final class Texts {

    public static final Locale EN = Locale.ENGLISH;
    public static final Locale DE = Locale.GERMAN;

    private static final String BUNDLE = "org.hvic.compliance.messages";

    private Texts() {
    }

    public static String render(Message message, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Object[] args = message.args().stream().map(a -> a instanceof Localized l ? l.in(locale) : a).toArray();
        MessageFormat format = new MessageFormat(bundle.getString(message.key()), locale);
        return format.format(args);
    }

    /** A plain label (exports), from the same bundle family under {@code org/hvic/compliance/labels}. */
    public static String label(String key, Locale locale) {
        return load("org.hvic.compliance.labels", locale).getString(key);
    }

    public static Locale language(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? DE : EN;
    }

    private static ResourceBundle bundle(Locale locale) {
        return load(BUNDLE, locale);
    }

    /** No fallback to the JVM's default locale: English is the base bundle, German the _de one. */
    private static ResourceBundle load(String name, Locale locale) {
        return ResourceBundle.getBundle(name, language(locale), Texts.class.getClassLoader(), NO_FALLBACK);
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
