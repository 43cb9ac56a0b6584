package org.hvic.web;

import java.io.Serializable;

/** A user name and password typed into a form; the password is dropped as soon as it has been used. */
public class Credentials implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String password;

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

    /** The password once, then forgotten. */
    String takePassword() {
        String p = password;
        password = null;
        return p;
    }
}
