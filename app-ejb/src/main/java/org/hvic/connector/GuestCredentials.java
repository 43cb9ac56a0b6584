package org.hvic.connector;

import java.util.Objects;

/** The account inside a Windows guest that PowerShell Direct logs on with. */
public record GuestCredentials(String user, String password) {

    public GuestCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "GuestCredentials[user=" + user + ", password=***]";
    }
}
