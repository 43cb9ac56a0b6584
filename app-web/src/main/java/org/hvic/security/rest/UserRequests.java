package org.hvic.security.rest;

import java.util.List;

/** Bodies of the user administration API. Passwords travel in, never out. */
public final class UserRequests {

    private UserRequests() {
    }

    /** {@code POST /users}. */
    public record NewUser(String username, String password, List<String> roles) {

        @Override
        public String toString() {
            return "NewUser[" + username + ", ****, " + roles + "]";
        }
    }

    /** {@code PUT /users/{id}/roles}. */
    public record RolesChange(List<String> roles) {
    }

    /** {@code PUT /users/{id}/password}. */
    public record PasswordChange(String password) {

        @Override
        public String toString() {
            return "PasswordChange[****]";
        }
    }
}
