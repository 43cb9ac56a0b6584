package org.hvic.security;

import java.util.ListResourceBundle;

/** Texts of the login page and the header (English); German in {@link SecurityMessages_de}. */
public class SecurityMessages extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"login.title", "Sign in"},
            {"login.username", "Username"},
            {"login.password", "Password"},
            {"login.submit", "Sign in"},
            {"login.failed", "Sign-in failed: wrong username or password, or the account is locked or disabled."},
            {"login.loggedOut", "You have been signed out."},
            {"login.required", "Username and password are required."},
            {"header.signedInAs", "Signed in as"},
            {"header.logout", "Sign out"},
            {"header.language", "Language"},
        };
    }
}
