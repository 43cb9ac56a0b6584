package org.hvic.security;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * hvic's one identity store: users in PostgreSQL, through {@link UserService}. The caller's groups are the role
 * names (OPERATOR, AUDITOR, MANAGER, ADMIN), which the server takes as roles one to one.
 */
@ApplicationScoped
public class HvicIdentityStore implements IdentityStore {

    @EJB
    UserService users;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String address = credential instanceof HvicCredential hc ? hc.clientAddress() : "unknown";
        boolean interactive = credential instanceof HvicCredential hc && hc.interactive();
        AuthenticationResult result = users.authenticate(upc.getCaller(), upc.getPasswordAsString(), address,
                interactive);
        if (!result.isValid()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = result.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
        return new CredentialValidationResult(result.username(), groups);
    }
}
