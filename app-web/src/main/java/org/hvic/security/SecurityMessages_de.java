package org.hvic.security;

import java.util.ListResourceBundle;

/** Texte der Anmeldeseite und der Kopfzeile (Deutsch). */
public class SecurityMessages_de extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"login.title", "Anmelden"},
            {"login.username", "Benutzername"},
            {"login.password", "Passwort"},
            {"login.submit", "Anmelden"},
            {"login.failed", "Anmeldung fehlgeschlagen: Benutzername oder Passwort falsch, oder das Konto ist gesperrt "
                    + "oder deaktiviert."},
            {"login.loggedOut", "Sie wurden abgemeldet."},
            {"login.required", "Benutzername und Passwort sind erforderlich."},
            {"header.signedInAs", "Angemeldet als"},
            {"header.logout", "Abmelden"},
            {"header.language", "Sprache"},
        };
    }
}
