package org.hvic.compliance.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * One scheduled run per slot across all nodes: every node's timer fires, each tries to insert the slot, and only the
 * node whose insert succeeded runs (PostgreSQL's unique key decides; the insert commits on its own).
 */
@Stateless
public class TickClaims {

    @PersistenceContext(unitName = "hvic")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(Instant slot, String node) {
        return em.createNativeQuery("INSERT INTO compliance_tick (slot, node) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, OffsetDateTime.ofInstant(slot, ZoneOffset.UTC))
                .setParameter(2, node).executeUpdate() == 1;
    }
}
