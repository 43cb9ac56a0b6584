package org.hvic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;

import org.hvic.problem.Problem;
import org.junit.jupiter.api.Test;

class UserRulesTest {

    @Test
    void usernamesAreNormalisedToLowerCase() {
        assertEquals("alice", UserRules.username("  Alice "));
        assertEquals("ops.team-1@corp", UserRules.username("OPS.Team-1@corp"));
    }

    @Test
    void badUsernamesAre400() {
        for (String bad : new String[] {null, "", " ", "a", "with space", "colon:name", "-leading", "x".repeat(65)}) {
            Problem problem = assertThrows(Problem.class, () -> UserRules.username(bad), String.valueOf(bad));
            assertEquals(400, problem.status());
        }
    }

    @Test
    void passwordsNeedTwelveToTwoHundredFiftySixCharacters() {
        assertEquals("twelve chars", UserRules.password("twelve chars"));
        assertThrows(Problem.class, () -> UserRules.password("elevenchars"));
        assertThrows(Problem.class, () -> UserRules.password(null));
        assertThrows(Problem.class, () -> UserRules.password(" ".repeat(20)));
        assertThrows(Problem.class, () -> UserRules.password("x".repeat(257)));
    }

    @Test
    void rolesAreKnownNamesInAnyCase() {
        assertEquals(EnumSet.of(Role.ADMIN, Role.AUDITOR), UserRules.roles(List.of("auditor", "ADMIN", "Admin")));
        assertThrows(Problem.class, () -> UserRules.roles(List.of()));
        assertThrows(Problem.class, () -> UserRules.roles(null));
        assertThrows(Problem.class, () -> UserRules.roles(List.of("ROOT")));
    }

    @Test
    void roleListsFollowThePrecedence() {
        assertEquals("ADMIN,OPERATOR,MANAGER,AUDITOR", Role.list(List.of(Role.AUDITOR, Role.MANAGER, Role.ADMIN,
                Role.OPERATOR)));
        assertEquals("", Role.list(List.of()));
    }
}
