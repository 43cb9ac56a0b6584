package org.hvic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.json.JsonObject;

import org.hvic.it.support.Api;
import org.hvic.it.support.DeployedHvic;
import org.hvic.it.support.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/** The audit log is append-only in the database and its hash chain exposes a row changed behind its back. */
class AuditIT extends DeployedHvic {



    @Test
    void updateAndDeleteAreRefusedByTheDatabase() throws Exception {
        try (Connection c = EmbeddedDatabase.connect(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_entry SET actor = 'mallory'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry"));
        }
    }

    @Test
    void verifyReportsTheFirstTamperedEntry() throws Exception {
        Api auditor = Api.as("auditor");
        JsonObject clean = auditor.get("/audit/verify").json();
        assertTrue(clean.getBoolean("valid"), clean.toString());
        assertTrue(clean.getJsonNumber("entries").longValue() > 3);
        long victim;
        String original;
        try (Connection c = EmbeddedDatabase.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, actor FROM audit_entry ORDER BY id LIMIT 1 OFFSET 2")) {
                rs.next();
                victim = rs.getLong(1);
                original = rs.getString(2);
            }
            s.execute("SET session_replication_role = replica"); // the owner bypasses the triggers
            s.executeUpdate("UPDATE audit_entry SET actor = 'mallory' WHERE id = " + victim);
            try {
                JsonObject broken = auditor.get("/audit/verify").json();
                assertFalse(broken.getBoolean("valid"));
                assertEquals(victim, broken.getJsonNumber("firstBrokenId").longValue());
            } finally {
                s.executeUpdate("UPDATE audit_entry SET actor = '" + original.replace("'", "''") + "' WHERE id = " + victim);
                s.execute("SET session_replication_role = origin");
            }
        }
        assertTrue(auditor.get("/audit/verify").json().getBoolean("valid"));
    }
}
