package org.hvic.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** hvic's REST API, version 1: {@code /hvic/api/v1}. HTTP Basic against hvic's user store. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "hvic", version = "1",
        description = "Hyper-V integration services across a fleet: inventory, operations, audit, compliance"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
