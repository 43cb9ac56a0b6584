package org.hvic.rest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API, with JSON-B's default settings. Without a resolver RESTEasy builds a new
 * instance for every body it reads or writes and closes it afterwards, so Yasson introspected the DTO records again
 * on every request (and spun new method handles that the JIT compiler then had to compile).
 */
@Provider
@ApplicationScoped
public class JsonbResolver implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // undeploying: nothing is left to use it
        }
    }
}
