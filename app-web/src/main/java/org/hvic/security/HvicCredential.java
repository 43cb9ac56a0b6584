package org.hvic.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A username and password with what the identity store also needs to know: where the request came from (for the
 * audit) and whether it is an interactive sign-in (login page) or an API call with HTTP Basic.
 */
public class HvicCredential extends UsernamePasswordCredential {

    private final String clientAddress;
    private final boolean interactive;

    public HvicCredential(String username, String password, String clientAddress, boolean interactive) {
        super(username, password);
        this.clientAddress = clientAddress;
        this.interactive = interactive;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public boolean interactive() {
        return interactive;
    }
}
