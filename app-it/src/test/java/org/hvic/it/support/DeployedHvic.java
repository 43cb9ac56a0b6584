package org.hvic.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the black-box tests: the real EAR deployed on the managed WildFly, the demo fleet registered through the
 * API (once per run), tests calling from outside as clients do.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedHvic {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.hvicEar();
    }

    @BeforeEach
    void demoFleet() throws Exception {
        Api.registerDemoFleet();
    }
}
